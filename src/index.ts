/**
 * formtalk: turn any Wix form into an AI chat.
 * - `./api`: wire types, the client, errors (no React);
 * - `./store`: the session store and reducer (no React);
 * - `./hooks`: `InteractiveFormProvider`, `useInteractiveFormSession`, selectors;
 * - `./components`: `<InteractiveForm>`, its parts, labels and renderers;
 * - `./launcher`: `<InteractiveFormLauncher>`, the corner-button mode;
 * - `./progress`: `useFormProgress`, `<FormProgress>`, `<FormProgressBar>`;
 * - `./form-schema`: `listInputFields`, `fieldLabel`;
 * - `./locales`: the built-in label sets (`en`, `es`, `de`, `he`).
 * Styles: `import 'formtalk/styles.css'`. Devtools (`ProtocolInspector`,
 * record/replay) are a separate entry with their own stylesheet
 * (`formtalk/devtools.css`), never pulled in from here.
 */
export * from './api'
export * from './store'
export * from './hooks'
export * from './components'
export * from './launcher'
export * from './progress'
export * from './form-schema'
export * from './locales'
