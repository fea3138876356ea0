import { act, render, renderHook, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ReactNode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import type { WixForm } from '../../src/api/wire-types'
import { SessionProvider } from '../../src/hooks/session-context'
import { de } from '../../src/locales'
import { progressLabelsOf } from '../../src/progress/form-progress-labels'
import { FormProgress, useFormProgress } from '../../src/progress'
import { contactForm } from '../form-schema/test-form'
import { importantText, text, textData } from '../store/chunk-builders'
import { createTestSession } from './session-handle'

function wrapperFor(session: ReturnType<typeof createTestSession>) {
  return ({ children }: { children?: ReactNode }) => <SessionProvider session={session}>{children}</SessionProvider>
}

describe('useFormProgress', () => {
  it('follows the session and keeps its result while nothing visible changes', () => {
    const session = createTestSession({ formId: contactForm.id, form: contactForm })
    const { result } = renderHook(() => useFormProgress(), { wrapper: wrapperFor(session) })
    const initial = result.current
    expect(initial.percent).toBe(0)

    act(() => session.store.dispatch({ type: 'chunk', chunk: text('Hello! ') }))
    expect(result.current).toBe(initial)

    act(() => session.store.dispatch({ type: 'chunk', chunk: textData('firstName', 'Ada') }))
    expect(result.current).not.toBe(initial)
    expect(result.current.fields[0]).toMatchObject({ target: 'firstName', state: 'captured', displayValue: 'Ada' })
    expect(result.current.percent).toBe(25)
  })

  it('fetches the schema through the client when the session has none, and shares it through the store', async () => {
    const session = createTestSession({ formId: contactForm.id })
    const getForm = vi.fn(async (_formId: string, _options?: { signal?: AbortSignal | undefined }): Promise<WixForm> => contactForm)
    const { result } = renderHook(() => useFormProgress({ client: { getForm } }), { wrapper: wrapperFor(session) })
    expect(result.current.fields).toHaveLength(0)
    await waitFor(() => expect(result.current.fields).toHaveLength(8))
    expect(getForm).toHaveBeenCalledTimes(1)
    expect(getForm.mock.calls[0]?.[0]).toBe(contactForm.id)
    expect(session.store.getState().form).toBe(contactForm)
  })

  it('reports a failed schema fetch and shows no fields', async () => {
    const session = createTestSession({ formId: contactForm.id })
    const onFormError = vi.fn()
    const getForm = () => Promise.reject(new Error('404'))
    const { result } = renderHook(() => useFormProgress({ client: { getForm }, onFormError }), { wrapper: wrapperFor(session) })
    await waitFor(() => expect(onFormError).toHaveBeenCalledTimes(1))
    expect(result.current.fields).toHaveLength(0)
  })

  it('uses a form passed in without fetching', () => {
    const session = createTestSession({ formId: contactForm.id })
    const getForm = vi.fn(async (): Promise<WixForm> => contactForm)
    const { result } = renderHook(() => useFormProgress({ form: contactForm, client: { getForm } }), { wrapper: wrapperFor(session) })
    expect(result.current.fields).toHaveLength(8)
    expect(getForm).not.toHaveBeenCalled()
  })
})

describe('<FormProgress>', () => {
  it('shows each field’s state in words, the figure, and Edit buttons for captured fields', async () => {
    const session = createTestSession({ formId: contactForm.id, form: contactForm })
    session.store.dispatch({ type: 'chunk', chunk: textData('firstName', 'Ada') })
    session.store.dispatch({ type: 'chunk', chunk: textData('email', 'ada@old.example') })
    session.store.dispatch({ type: 'chunk', chunk: importantText('email', 'That address bounced.') })
    session.store.dispatch({ type: 'chunk', chunk: importantText('topics', 'Pick up to three.') })
    const onEdit = vi.fn()
    render(
      <SessionProvider session={session}>
        <FormProgress onEdit={onEdit} />
      </SessionProvider>,
    )
    const region = screen.getByRole('region', { name: 'Your progress' })
    expect(region).toBeInTheDocument()
    expect(screen.getByRole('progressbar', { name: 'Your progress' })).toHaveAttribute('aria-valuenow', '25')
    expect(screen.getByText('1 of 4 required fields done (25%)')).toBeInTheDocument()
    const items = screen.getAllByRole('listitem')
    expect(items[0]).toHaveTextContent('First name (required)Answered: Ada')
    expect(items[0]).toHaveAttribute('data-state', 'captured')
    expect(items[1]).toHaveTextContent('Needs attention: That address bounced. (Answered: ada@old.example)')
    expect(items[1]).toHaveAttribute('data-state', 'attention')
    // A requirement for a field nobody has filled is a hint, not a problem.
    expect(items[3]).toHaveTextContent('TopicsNot answered yet Pick up to three.')
    expect(items[3]).toHaveAttribute('data-state', 'empty')

    const edits = screen.getAllByRole('button', { name: /^Edit/ })
    expect(edits).toHaveLength(2)
    await userEvent.click(screen.getByRole('button', { name: 'Edit First name' }))
    expect(onEdit).toHaveBeenCalledWith('firstName')
  })

  it('renders no Edit buttons without onEdit, and a loading note without a form', () => {
    const session = createTestSession({ formId: contactForm.id })
    render(
      <SessionProvider session={session}>
        <FormProgress labels={{ title: 'Fortschritt', noFields: 'Formular wird geladen…' }} headingLevel={3} />
      </SessionProvider>,
    )
    expect(screen.getByRole('heading', { level: 3, name: 'Fortschritt' })).toBeInTheDocument()
    expect(screen.getByText('Formular wird geladen…')).toBeInTheDocument()
    expect(screen.queryByRole('button')).toBeNull()
  })

  it('says so when the form has no fields to fill in, instead of loading for ever', () => {
    const layoutOnly: WixForm = { id: 'f-layout', formFields: [{ id: 'heading', fieldType: 'DISPLAY' }] }
    const session = createTestSession({ formId: layoutOnly.id, form: layoutOnly })
    render(
      <SessionProvider session={session}>
        <FormProgress />
      </SessionProvider>,
    )
    expect(screen.getByText('This form has no fields to fill in.')).toBeInTheDocument()
    expect(screen.queryByText('Loading the form…')).toBeNull()
  })

  it('writes values the server gave no words for in the language of its labels', () => {
    const session = createTestSession({ formId: contactForm.id, form: contactForm })
    render(
      <SessionProvider session={session}>
        <FormProgress labels={progressLabelsOf(de)} />
      </SessionProvider>,
    )
    act(() => {
      session.store.dispatch({ type: 'chunk', chunk: textData('consent', true) })
      session.store.dispatch({ type: 'chunk', chunk: textData('rating', 1234.5) })
    })
    const items = screen.getAllByRole('listitem')
    expect(items.find((item) => item.textContent?.includes('Ja'))).toBeDefined()
    expect(items.find((item) => item.textContent?.includes('1.234,5'))).toBeDefined()
    expect(screen.queryByText('Yes')).toBeNull()
  })
})
