import { createElement, lazy, type ComponentType } from 'react';

/** A page whose code loads on first use, and can be fetched ahead with `preload()`. */
export type LazyPage<Props extends object> = ComponentType<Props> & { readonly preload: () => Promise<unknown> };

/**
 * Like `React.lazy`, but a page whose code has already arrived renders at once. React suspends a
 * lazy component the first time it renders even when its code is there, and then holds the
 * fallback for a moment (React 19 throttles revealing content): for the page a visit opens on,
 * that is a visible delay the preload was meant to remove.
 *
 * @example
 * const OverviewPage = lazyPage(() => import('./pages/overview-page.js'));
 * void OverviewPage.preload();
 */
export function lazyPage<Props extends object>(load: () => Promise<{ readonly default: ComponentType<Props> }>): LazyPage<Props> {
  let loaded: ComponentType<Props> | undefined;
  let loading: Promise<{ readonly default: ComponentType<Props> }> | undefined;
  const preload = () =>
    (loading ??= load().then((module) => {
      loaded = module.default;
      return module;
    }));
  const Lazy = lazy(preload);
  function Page(props: Props) {
    return loaded === undefined ? createElement(Lazy as ComponentType<Props>, props) : createElement(loaded, props);
  }
  return Object.assign(Page, { preload });
}
