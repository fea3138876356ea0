import { useCallback, useEffect, useRef, useState } from 'react'
import { fetchSubmissions, type EmulatorSubmission } from './emulator-api'

export interface SubmissionsState {
  /** Newest first. */
  submissions: EmulatorSubmission[]
  loaded: boolean
  error: string | undefined
}

/**
 * The emulator's stored submissions, polled every `intervalMs` (default 1000),
 * and at once when `refresh()` is called (e.g. from `onSubmitted`). One request
 * at a time; the state only changes when the list does, so an idle page does
 * not re-render every second.
 */
export function useSubmissions(intervalMs = 1000): SubmissionsState & { refresh: () => void } {
  const [state, setState] = useState<SubmissionsState>({ submissions: [], loaded: false, error: undefined })
  const refreshRef = useRef<() => void>(() => {})

  useEffect(() => {
    const controller = new AbortController()
    let timer: ReturnType<typeof setTimeout> | undefined
    let inFlight = false
    let again = false
    let lastBody = ''

    const poll = async () => {
      if (inFlight) {
        again = true
        return
      }
      clearTimeout(timer)
      inFlight = true
      try {
        const submissions = await fetchSubmissions(controller.signal)
        const body = JSON.stringify(submissions)
        if (body !== lastBody) {
          lastBody = body
          const newestFirst = [...submissions].sort((a, b) => b.createdDate.localeCompare(a.createdDate))
          setState({ submissions: newestFirst, loaded: true, error: undefined })
        } else {
          setState((previous) => (previous.error === undefined ? previous : { ...previous, error: undefined }))
        }
      } catch (error) {
        if (controller.signal.aborted) return
        const message = error instanceof Error ? error.message : String(error)
        setState((previous) => (previous.error === message ? previous : { ...previous, loaded: true, error: message }))
      } finally {
        inFlight = false
      }
      if (controller.signal.aborted) return
      if (again) {
        again = false
        void poll()
      } else {
        timer = setTimeout(() => void poll(), intervalMs)
      }
    }

    refreshRef.current = () => void poll()
    void poll()
    return () => {
      controller.abort()
      clearTimeout(timer)
      refreshRef.current = () => {}
    }
  }, [intervalMs])

  const refresh = useCallback(() => refreshRef.current(), [])
  return { ...state, refresh }
}
