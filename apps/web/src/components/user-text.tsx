import type { ContentLanguage } from '@motesplats/contracts';
import type { ElementType, HTMLAttributes } from 'react';

export interface UserTextProps extends HTMLAttributes<HTMLElement> {
  /** The element that holds the text ('span' unless told: 'h1', 'p', 'h3'…). */
  as?: ElementType;
  /** The language the author wrote in (the item's `language`); unknown: the page's own. */
  lang: ContentLanguage | undefined;
}

/**
 * Text a person wrote (a title, a summary, a description), marked with the language it was
 * written in, so that a screen reader reads Swedish text as Swedish on an English page (WCAG
 * 3.1.2) and the browser hyphenates and breaks it by that language's rules. The labels around
 * it stay in the reader's language. Long words never widen the page (styles.css: .user-text).
 */
export function UserText({ as: Tag = 'span', lang, className, ...rest }: UserTextProps) {
  return <Tag lang={lang} className={className ? `user-text ${className}` : 'user-text'} {...rest} />;
}
