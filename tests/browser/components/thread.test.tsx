import { describe, expect, it } from 'vitest'
import { userEvent } from 'vitest/browser'
import type { TextDataChunk } from '../../../src/api/wire-types'
import { TextDataPart } from '../../../src/components/text-data-part'
import type { ChunkPartProps } from '../../../src/components/part-props'
import { flushSync } from 'react-dom'
import { groupSpan } from '../../../src/components/transcript-group'
import { BLOCK_SIZE } from '../../../src/store/session-state'
import { createFakeSession, endTurn, receive, renderWidget, sampleForm, startSession, text } from './harness'

const captured = (index: number): TextDataChunk => ({
  chunkType: 'TEXT_DATA',
  textDataDetails: { fieldTarget: `field${index}`, text: `value ${index}`, value: index },
})

describe('thread', () => {
  it('is a labelled log, busy with a typing indicator while a reply streams', async () => {
    const session = createFakeSession()
    const screen = await renderWidget(session)
    const log = screen.getByRole('log', { name: 'Conversation' })
    await expect.element(log).toHaveAttribute('aria-busy', 'false')
    startSession(session)
    await expect.element(log).toHaveAttribute('aria-busy', 'true')
    await expect.element(screen.getByText('The assistant is typing…')).toBeInTheDocument()
    receive(session, text('Hello!'))
    endTurn(session)
    await expect.element(log).toHaveAttribute('aria-busy', 'false')
    await expect.element(screen.getByText('The assistant is typing…')).not.toBeInTheDocument()
  })

  it('announces a finished assistant turn once, not chunk by chunk: text politely, callouts assertively', async () => {
    const session = createFakeSession()
    startSession(session)
    const screen = await renderWidget(session)
    const announcer = screen.container.querySelector('[data-announcer="polite"]')!
    const urgent = screen.container.querySelector('[data-announcer="assertive"]')!
    expect(announcer.getAttribute('aria-live')).toBe('polite')
    expect(urgent.getAttribute('aria-live')).toBe('assertive')
    receive(session, text('Hello, '), text('what is your name?'))
    // Still streaming: nothing read yet.
    await expect.element(screen.getByText('Hello, what is your name?')).toBeVisible()
    expect(announcer.textContent).toBe('')
    endTurn(session)
    await expect.poll(() => announcer.textContent).toBe('Hello, what is your name?')

    const mutations: MutationRecord[] = []
    const observer = new MutationObserver((records) => mutations.push(...records))
    observer.observe(announcer, { childList: true, subtree: true, characterData: true })
    await session.send('Ana')
    receive(session, text('Nice to meet you, Ana.'))
    receive(session, { chunkType: 'IMPORTANT_TEXT', importantTextDetails: { text: 'Your email is required.' } })
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(mutations).toHaveLength(0)
    endTurn(session)
    await expect.poll(() => announcer.textContent).toBe('Nice to meet you, Ana.')
    expect(urgent.textContent).toBe('Your email is required.')
    observer.disconnect()
  })

  it('does not read the history out on mount', async () => {
    const session = createFakeSession()
    startSession(session)
    receive(session, text('Welcome back.'))
    endTurn(session)
    const screen = await renderWidget(session)
    await expect.element(screen.getByText('Welcome back.')).toBeVisible()
    expect(screen.container.querySelector('[data-announcer]')?.textContent).toBe('')
  })

  it('follows new content, and offers "Jump to latest" once the reader scrolls up', async () => {
    const session = createFakeSession()
    startSession(session)
    const screen = await renderWidget(session)
    const log = screen.getByRole('log').element() as HTMLElement
    for (let index = 0; index < 40; index++) receive(session, captured(index))
    await expect.element(screen.getByText('value 39')).toBeInTheDocument()
    await expect.poll(() => log.scrollHeight > log.clientHeight).toBe(true)
    // Follows: the newest item is in view.
    await expect.poll(() => Math.round(log.scrollHeight - log.scrollTop - log.clientHeight)).toBeLessThanOrEqual(1)
    expect(screen.getByRole('button', { name: 'Jump to latest' }).query()).toBeNull()

    log.scrollTop = 0
    log.dispatchEvent(new Event('scroll'))
    const jump = screen.getByRole('button', { name: 'Jump to latest' })
    await expect.element(jump).toBeVisible()
    // New content no longer drags the reader down.
    receive(session, text('More text arrives'))
    await expect.element(screen.getByText('More text arrives')).toBeInTheDocument()
    await new Promise((resolve) => requestAnimationFrame(resolve))
    expect(log.scrollTop).toBe(0)

    await userEvent.click(jump)
    await expect.poll(() => Math.round(log.scrollHeight - log.scrollTop - log.clientHeight)).toBeLessThanOrEqual(1)
    await expect.element(jump).not.toBeInTheDocument()
  })

  it('lets the reader scroll up a little while chunks stream in, also when their scroll merges with the auto-scroll event', async () => {
    const session = createFakeSession()
    startSession(session)
    const screen = await renderWidget(session)
    const log = screen.getByRole('log').element() as HTMLElement
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
    for (let index = 0; index < 40; index++) receive(session, captured(index))
    await expect.poll(() => log.scrollHeight > log.clientHeight && log.scrollHeight - log.scrollTop - log.clientHeight <= 1).toBe(true)
    await frame()
    // A tall reply: the auto-scroll follows it, and its scroll event is due in the next frame.
    receive(session, text('A long answer. '.repeat(40)))
    await frame()
    // Before that frame the reader scrolls up a little (less than the reply is tall), and another chunk lands.
    log.scrollTop -= 80
    const readerAt = log.scrollTop
    receive(session, captured(40))
    await expect.element(screen.getByRole('button', { name: 'Jump to latest' })).toBeVisible()
    await frame()
    expect(log.scrollTop).toBe(readerAt)
  })

  it('keeps following when streamed content outgrows its own scroll to the bottom', async () => {
    const session = createFakeSession()
    startSession(session)
    const screen = await renderWidget(session)
    const log = screen.getByRole('log').element() as HTMLElement
    for (let index = 0; index < 40; index++) receive(session, captured(index))
    await expect.poll(() => log.scrollHeight > log.clientHeight && log.scrollHeight - log.scrollTop - log.clientHeight <= 1).toBe(true)
    // More content lands before the scroll event of our own scroll-to-bottom:
    // that event reports a position short of the new bottom, but further down.
    flushSync(() => {
      for (let index = 40; index < 50; index++) receive(session, captured(index))
    })
    log.scrollTop += 5
    log.dispatchEvent(new Event('scroll'))
    expect(screen.getByRole('button', { name: 'Jump to latest' }).query()).toBeNull()
    await expect.poll(() => Math.round(log.scrollHeight - log.scrollTop - log.clientHeight)).toBeLessThanOrEqual(1)
  })

  it('never counts a block that has not been drawn yet as taller than it is (no jump back up, no false "scrolled up")', async () => {
    const session = createFakeSession()
    startSession(session)
    const screen = await renderWidget(session)
    const log = screen.getByRole('log').element() as HTMLElement
    for (let index = 0; index < BLOCK_SIZE - 1; index++) receive(session, captured(index))
    await expect.poll(() => log.scrollHeight > log.clientHeight && log.scrollHeight - log.scrollTop - log.clientHeight <= 1).toBe(true)
    // These seal the open block and start a new one; read the layout before any frame draws it,
    // as a focus, a click or our own scroll-to-bottom does.
    flushSync(() => {
      for (let index = BLOCK_SIZE - 1; index < BLOCK_SIZE + 2; index++) receive(session, captured(index))
    })
    const beforeFirstFrame = log.scrollHeight
    log.scrollTop = beforeFirstFrame
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
    // A placeholder height would have made the log taller, then shrunk it under the reader.
    expect(beforeFirstFrame).toBeLessThanOrEqual(log.scrollHeight)
    await expect.poll(() => Math.round(log.scrollHeight - log.scrollTop - log.clientHeight)).toBeLessThanOrEqual(1)
    expect(screen.getByRole('button', { name: 'Jump to latest' }).query()).toBeNull()
  })

  it('renders one bubble per new chunk, also when the open block is sealed', async () => {
    const renders: string[] = []
    function CountingTextData(props: ChunkPartProps<TextDataChunk>) {
      renders.push(props.item.id)
      return <TextDataPart {...props} />
    }
    const session = createFakeSession()
    startSession(session)
    const screen = await renderWidget(session, { components: { TEXT_DATA: CountingTextData } })
    const total = BLOCK_SIZE * 3 + 5
    for (let index = 0; index < total; index++) {
      receive(session, captured(index))
      // Let React commit each chunk on its own, as a stream does.
      await new Promise((resolve) => setTimeout(resolve, 0))
    }
    await expect.element(screen.getByText(`value ${total - 1}`)).toBeInTheDocument()
    expect(session.store.getState().blocks).toHaveLength(3)
    expect(renders).toHaveLength(total)
    expect(new Set(renders).size).toBe(total)
    expect(screen.container.querySelectorAll('.formtalk-captured')).toHaveLength(total)
  })

  it('shows an answer on a prompt whose block was sealed before the user answered', async () => {
    const session = createFakeSession({ form: sampleForm })
    startSession(session)
    const screen = await renderWidget(session)
    // The prompt lands in the second block, which seals while the prompt is still open.
    for (let index = 0; index < BLOCK_SIZE; index++) receive(session, captured(index))
    receive(session, { chunkType: 'NUMBER_INPUT', numberInputDetails: { fieldTarget: 'guests' } })
    for (let index = BLOCK_SIZE; index < 2 * BLOCK_SIZE + 2; index++) receive(session, captured(index))
    endTurn(session)
    expect(session.store.getState().blocks).toHaveLength(2)
    const input = screen.getByRole('textbox', { name: 'Number of guests' })
    await expect.element(input).toBeEnabled()
    await session.answer('guests', 3, '3')
    await expect.element(screen.getByText('Your answer: 3')).toBeVisible()
    await expect.element(input).not.toBeInTheDocument()
  })

  it('mounts every bubble once across block groups, in order', async () => {
    const mounts: string[] = []
    function CountingTextData(props: ChunkPartProps<TextDataChunk>) {
      mounts.push(props.item.id)
      return <TextDataPart {...props} />
    }
    const session = createFakeSession()
    startSession(session)
    const screen = await renderWidget(session, { components: { TEXT_DATA: CountingTextData } })
    // Past the first second-level group (4 groups of 4 blocks), so the tail opens new groups on two levels.
    const firstGroup = BLOCK_SIZE * groupSpan(2)
    const total = firstGroup + BLOCK_SIZE + 3
    for (let index = 0; index < total; index++) flushSync(() => receive(session, captured(index)))
    await expect.element(screen.getByText(`value ${total - 1}`)).toBeInTheDocument()
    expect(mounts).toHaveLength(total)
    expect(new Set(mounts).size).toBe(total)
    const shown = [...screen.container.querySelectorAll('.formtalk-captured')].map((element) => element.textContent)
    expect(shown).toHaveLength(total)
    expect(shown[firstGroup]).toContain(`value ${firstGroup}`)
    expect(shown.at(-1)).toContain(`value ${total - 1}`)
  })
})
