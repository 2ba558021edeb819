import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/** How long after a navigation focus still follows the page's heading, if nothing else took it. */
const FOLLOW_MS = 10_000;

/**
 * After a client-side navigation, focus goes to the new page's <h1>, as a page load would put a
 * screen reader at the top of the new page (and reads the heading out), or to the part of the
 * page the address names (/account#notifications). A page needs nothing but an <h1> in <main>.
 *
 * Pages often show a heading while their data loads and another when it has arrived (or a
 * not-found page): the heading that had focus is then gone and focus falls to <body>. Until the
 * reader presses a key or clicks, focus follows to the heading that replaced it.
 */
export function useFocusOnNavigation(): void {
  const { pathname, hash } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    const main = document.getElementById('main');
    if (!main) return;

    const focusHeading = () => {
      const part = hash ? document.getElementById(decodeURIComponent(hash.slice(1))) : null;
      const heading = part ?? main.querySelector<HTMLElement>('h1');
      if (heading && !heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
      (heading ?? main).focus();
    };
    const focusLost = () => {
      const active = document.activeElement;
      return active === null || active === document.body || active === main;
    };
    focusHeading();

    const observer = new MutationObserver(() => {
      if (focusLost()) focusHeading();
    });
    observer.observe(main, { childList: true, subtree: true });
    const stop = () => {
      observer.disconnect();
      window.clearTimeout(timer);
      window.removeEventListener('keydown', stop, true);
      window.removeEventListener('pointerdown', stop, true);
    };
    const timer = window.setTimeout(stop, FOLLOW_MS);
    window.addEventListener('keydown', stop, true);
    window.addEventListener('pointerdown', stop, true);
    return stop;
  }, [pathname, hash]);
}
