/** The corner-button mode of the widget. */
export { InteractiveFormLauncher } from './interactive-form-launcher'
export type { InteractiveFormLauncherProps } from './interactive-form-launcher'
export { countAssistantItems, useUnreadCount } from './unread-count'
