/** `client:state` in templates: see hydrate-with-state.ts. */
declare module 'astro' {
  interface AstroClientDirectives {
    'client:state'?: boolean;
  }
}
export {};
