// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { act } from 'preact/test-utils';
import { mount } from './mount';
import { NameForm } from '../../../components/NameForm';
import { readDraft } from '../../../components/name-drafts';

afterEach(() => localStorage.clear());

function type(input: HTMLInputElement, text: string) {
  act(() => {
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function submit(form: HTMLFormElement) {
  await act(async () => {
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
}

describe('NameForm', () => {
  it('keeps what is typed as a draft, stores nothing until submitted, and opens again with the draft', async () => {
    const stored: string[] = [];
    const props = { legend: 'Who said it?', draftKey: 'a:speaker:x', choices: [], submitLabel: 'Save name', onSubmit: async (n: string) => void stored.push(n), onClose: () => {} };
    const el = mount(<NameForm {...props} />);
    type(el.querySelector('input')!, 'Helena Var');
    expect(readDraft('a:speaker:x')).toEqual({ choice: '', typed: 'Helena Var' });
    expect(stored).toEqual([]);
    // The popup closed and opened again: the half-typed name is back, said to be unsaved, with Discard.
    const again = mount(<NameForm {...props} />);
    expect(again.querySelector('input')!.value).toBe('Helena Var');
    expect(again.textContent).toContain('Not saved yet');
    expect([...again.querySelectorAll('button')].map((b) => b.textContent)).toContain('Discard');
  });

  it('refuses an empty name with a message, and stores the name (trimmed) and clears the draft on submit', async () => {
    const stored: string[] = [];
    let closed = 0;
    const el = mount(
      <NameForm legend="New name" draftKey="a:rename:y" choices={[]} submitLabel="Save name" onSubmit={async (n) => void stored.push(n)} onClose={() => closed++} />,
    );
    const input = el.querySelector('input')!;
    type(input, '   ');
    await submit(el.querySelector('form')!);
    expect(el.querySelector('[role="alert"]')?.textContent).toMatch(/cannot be empty/);
    expect(stored).toEqual([]);
    type(input, '  Helena   Varga ');
    await submit(el.querySelector('form')!);
    expect(stored).toEqual(['Helena Varga']);
    expect(closed).toBe(1);
    expect(readDraft('a:rename:y')).toBeNull();
  });

  it('keeps the form open with the text when the store refuses the name, saying why', async () => {
    const el = mount(
      <NameForm
        legend="Who said it?"
        draftKey="a:speaker:z"
        choices={['Tom Becker']}
        submitLabel="Move claim"
        onSubmit={async () => {
          throw new Error('Newsmark refused the request: too long');
        }}
        onClose={() => {}}
      />,
    );
    const select = el.querySelector('select')!;
    act(() => {
      select.value = '';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    type(el.querySelector('input')!, 'Someone');
    await submit(el.querySelector('form')!);
    expect(el.querySelector('[role="alert"]')?.textContent).toContain('too long');
    expect(el.querySelector('input')!.value).toBe('Someone');
    expect(readDraft('a:speaker:z')).toEqual({ choice: '', typed: 'Someone' });
  });
});
