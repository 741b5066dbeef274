/**
 * The shape of an embed. Each embeddable widget declares its embeds beside it, in its folder:
 * `<Widget>.embed.ts` default-exports one declaration (or a list, when the widget has more than one
 * embed), made with `defineEmbed<typeof Widget>` so that `astro check` checks the props against
 * the component's. The declaration imports only the component's type, so it stays plain data for
 * the unit tests and the build.
 */

/** A component's props, as its function takes them. */
type PropsOf<C> = C extends (props: infer P) => unknown ? P : never;

/** The props of a widget other than its store, which the declaration's `store` names. */
export type OwnProps<C> = Omit<PropsOf<C>, 'store' | 'storeOptions'>;

/** The props every embeddable widget takes: an id that prefixes its element ids, and the rest. */
export interface EmbedProps {
  readonly id: string;
  readonly [prop: string]: unknown;
}

/** One embed of a widget, as its folder declares it. */
export interface EmbedDeclaration<P = EmbedProps> {
  /** The page's address: `/embed/<slug>/`. Lower case, digits and hyphens. */
  readonly slug: string;
  /** The embed's heading and its iframe's title. */
  readonly title: string;
  /** One sentence: what a reader does with it. */
  readonly description: string;
  /** The chapter's slug (its file name under src/content/docs). */
  readonly chapter: string;
  /** The id of the chapter's heading of the section the widget sits in. */
  readonly anchor: string;
  /** The component's props as the chapter gives them (the same id, so the same element ids). */
  readonly props: P;
  /** The store the widget draws, by the name the chapter's front matter declares it under. */
  readonly store: string;
  /** The kind of that store: the chapter's declaration of it must be of this kind. */
  readonly kind: string;
}

/** One embeddable widget, as the build found it: its declaration and its component's name. */
export interface Embed extends EmbedDeclaration {
  /** The component, named by its files (`ScalingWidget.embed.ts` → `ScalingWidget`). */
  readonly widget: string;
}

/** An embed of the component C, its props checked against C's own (`defineEmbed<typeof C>`). */
export function defineEmbed<C>(
  declaration: EmbedDeclaration<OwnProps<C> & { readonly id: string }>,
): EmbedDeclaration {
  return declaration;
}
