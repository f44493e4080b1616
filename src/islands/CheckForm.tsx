/**
 * The supplier check's form: a list to paste, a file to choose, and the template to fill in.
 * Rendered on the server too, disabled until the island's script runs.
 */
import { useState, type FormEvent, type RefObject } from 'react';
import { supplierTemplateCsv, TEMPLATE_FILE_NAME } from '../lib/supplier-template';
import { saveCsv } from './check-input';
import type { Translate } from './check-text';

interface CheckFormProps {
  t: Translate;
  id: (name: string) => string;
  /** Whether the island's script runs: the fields take input only then. */
  mounted: boolean;
  /** Whether a list is being read or the factories are loading: no new list is taken. */
  busy: boolean;
  fileInput: RefObject<HTMLInputElement | null>;
  /** The largest file and the most lines checked, formatted on the server. */
  fileLimits: { size: string; rows: string };
  onPasted: (text: string) => void;
  onFile: (file: File | undefined) => void;
}

export function CheckForm({
  t,
  id,
  mounted,
  busy,
  fileInput,
  fileLimits,
  onPasted,
  onFile,
}: CheckFormProps) {
  const [text, setText] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onPasted(text);
  };
  return (
    <form className="check-form no-print" onSubmit={submit}>
      <div className="field">
        <label htmlFor={id('paste')}>{t('check.pasteLabel')}</label>
        <p id={id('paste-hint')} className="muted">
          {t('check.pasteHint')}
        </p>
        <textarea
          id={id('paste')}
          rows={8}
          value={text}
          spellCheck={false}
          disabled={!mounted}
          aria-describedby={id('paste-hint')}
          onChange={(e) => setText(e.target.value)}
        />
        <div>
          <button type="submit" disabled={busy}>
            {t('check.run')}
          </button>
        </div>
      </div>
      <div className="field">
        <label htmlFor={id('file')} id={id('file-label')}>
          {t('check.fileLabel')}
        </label>
        <p id={id('file-hint')} className="muted">
          {t('check.fileHint', fileLimits)}
        </p>
        {/* The browser's own button speaks the browser's language ("Choose File"): it is
            hidden, still focusable, and this label in the reader's language opens it. The input
            takes its name from the field's label alone, so the button's words are not read
            twice. */}
        <input
          ref={fileInput}
          id={id('file')}
          className="file-input"
          type="file"
          accept=".csv,.tsv,.txt,.xlsx,.json,text/csv,text/plain,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-labelledby={id('file-label')}
          aria-describedby={id('file-hint')}
          disabled={busy}
          onChange={(e) => {
            onFile(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
        <label htmlFor={id('file')} className="file-button">
          {t('check.fileButton')}
        </label>
        <p id={id('template-hint')} className="muted">
          {t('check.templateHint')}
        </p>
        <div>
          <button
            type="button"
            className="secondary"
            disabled={!mounted}
            aria-describedby={id('template-hint')}
            onClick={() => saveCsv(supplierTemplateCsv(), TEMPLATE_FILE_NAME)}
          >
            {t('check.template')}
          </button>
        </div>
      </div>
    </form>
  );
}
