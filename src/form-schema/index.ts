export { findFieldInfo, inputFieldsOf, listInputFields } from './list-input-fields'
export type { FormFieldInfo } from './list-input-fields'
export { componentOptionsOf, componentTypeOf, fieldLabel, findInputField, labelOfField, typeOptionsOf } from './field-label'
