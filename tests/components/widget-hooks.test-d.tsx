import type { ReactNode } from 'react'
import { describe, expectTypeOf, it } from 'vitest'
import type { WixForm } from '../../src/api/wire-types'
import {
  FormSchemaProvider,
  WidgetConfigProvider,
  useEditableField,
  useFormSchema,
  useLabels,
  usePromptState,
  useWidgetConfig,
  useWidgetSession,
} from '../../src/components'
import type { EditorKind, InteractiveFormProps, InteractiveFormViewOptions, Labels, PromptState, WidgetConfig } from '../../src/components'
import type { FormFieldInfo } from '../../src/form-schema'
import type { UseInteractiveFormSessionResult } from '../../src/hooks'
import { es } from '../../src/locales'
import type { AssistantChunkItem, TranscriptItem } from '../../src/store'

declare const item: TranscriptItem

describe('the widget’s public hooks', () => {
  it('useWidgetSession takes the drop-in’s props and returns the session and the view options', () => {
    expectTypeOf(useWidgetSession).parameter(0).toEqualTypeOf<InteractiveFormProps>()
    expectTypeOf(useWidgetSession).returns.toEqualTypeOf<{ session: UseInteractiveFormSessionResult; view: InteractiveFormViewOptions }>()
    expectTypeOf(useWidgetSession).toBeCallableWith({ formId: 'f', baseUrl: '/api/formtalk', headers: async () => ({ Authorization: 'token' }) })
    // @ts-expect-error formId is required here too
    useWidgetSession({ baseUrl: '/api/formtalk' })
  })

  it('usePromptState takes a chunk bubble (not any transcript item) and returns a closed union', () => {
    expectTypeOf(usePromptState).parameter(0).toEqualTypeOf<AssistantChunkItem>()
    expectTypeOf(usePromptState).returns.toEqualTypeOf<PromptState>()
    expectTypeOf<PromptState>().toEqualTypeOf<'answered' | 'open' | 'waiting' | 'closed'>()
    // @ts-expect-error a text bubble or a user message has no prompt: narrow to `kind === 'chunk'` first
    usePromptState(item)
  })

  it('useEditableField returns the field and its editor kind, or null', () => {
    expectTypeOf(useEditableField).parameters.toEqualTypeOf<[target: string]>()
    expectTypeOf(useEditableField).returns.toEqualTypeOf<{ info: FormFieldInfo; kind: EditorKind } | null>()
  })

  it('the config hooks return the config, the labels and the schema (null while unknown)', () => {
    expectTypeOf(useWidgetConfig).returns.toEqualTypeOf<WidgetConfig>()
    expectTypeOf(useLabels).returns.toEqualTypeOf<Labels>()
    expectTypeOf(useFormSchema).returns.toEqualTypeOf<WixForm | null>()
  })

  it('the providers take a locale with label overrides, and a schema or null', () => {
    expectTypeOf(WidgetConfigProvider).toBeCallableWith({ locale: es, labels: { send: 'Enviar' }, debug: true })
    expectTypeOf(FormSchemaProvider).parameter(0).toEqualTypeOf<{ form: WixForm | null; children?: ReactNode }>()
    // @ts-expect-error a label override must be of the label's type
    void WidgetConfigProvider({ labels: { send: 3 } })
  })
})
