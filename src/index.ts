/**
 * formtalk: turn any Wix form into an AI chat.
 * - `./api`: wire types, the client, errors (no React);
 * - `./store`: the session store and reducer (no React);
 * - `./hooks`: `InteractiveFormProvider`, `useInteractiveFormSession`, selectors;
 * - `./components`: `<InteractiveForm>`, its parts, labels and renderers.
 * Styles: `import 'formtalk/styles.css'`.
 */
export * from './api'
export * from './store'
export * from './hooks'
export * from './components'
