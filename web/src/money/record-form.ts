import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useFormErrors } from '../flow-kit';

/** Every money form changes the books, the lists and the runs: all of them are read again. */
function useRefreshMoney() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all(
      ['books', 'income', 'expenses', 'runs', 'run'].map((key) =>
        queryClient.invalidateQueries({ queryKey: [key] }),
      ),
    );
}

/**
 * The wiring the money page's forms share: send, say what was recorded, read the books again,
 * and place the node's refusals beside their fields.
 */
export function useRecordForm<Body, Result, F extends string>(options: {
  send: (body: Body) => Promise<Result>;
  /** Clears what should be typed afresh and returns the sentence that says what was recorded. */
  recorded: (result: Result, body: Body) => string;
  places: Record<F, readonly string[]>;
}) {
  const refresh = useRefreshMoney();
  const [done, setDone] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: options.send,
    onSuccess: async (result, body) => {
      setDone(options.recorded(result, body));
      await refresh();
    },
  });
  const errors = useFormErrors(mutation.error, options.places);
  /** `body` returns undefined when the form's own checks failed; nothing is sent then. */
  const submit = (body: () => Body | undefined) => (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    const ready = body();
    if (ready !== undefined) mutation.mutate(ready);
  };
  return { errors, done, submit, pending: mutation.isPending };
}
