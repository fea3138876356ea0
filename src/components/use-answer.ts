import { useCallback, useRef, useState } from 'react'
import type { JsonValue } from '../api/wire-types'
import { useSessionActions } from '../hooks/session-context'

/**
 * `answer` guarded against double picks: a second pick while the first is on
 * its way is ignored. `pending` is true meanwhile.
 */
export function useGuardedAnswer(fieldTarget: string) {
  const { answer } = useSessionActions()
  const inFlight = useRef(false)
  const [pending, setPending] = useState(false)
  const submit = useCallback(
    async (value: JsonValue, label: string): Promise<boolean> => {
      if (inFlight.current) return false
      inFlight.current = true
      setPending(true)
      try {
        return await answer(fieldTarget, value, label)
      } finally {
        inFlight.current = false
        setPending(false)
      }
    },
    [answer, fieldTarget],
  )
  return { submit, pending }
}
