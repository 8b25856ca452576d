"use client";
// The two ingest forms; each posts to its own server action and shows its answer.
import { ActionForm } from "@/app/_components/admin/ActionForm";
import { pasteReportAction } from "@/app/admin/ingest/_actions/paste-report";
import { uploadFilesAction } from "@/app/admin/ingest/_actions/upload-files";

export function IngestForms() {
  return (
    <div className="admin-grid">
      <div className="admin-section admin-form">
        <h2>Paste a report</h2>
        <ActionForm action={pasteReportAction} submit="Ingest report" testId="paste-form" className="ingest-form">
          <label>
            Text
            <textarea name="text" rows={10} required data-testid="paste-text" />
          </label>
          <label>
            Source URL
            <input name="url" type="url" placeholder="https://…" data-testid="paste-url" />
          </label>
          <label>
            Publisher
            <input name="publisher" data-testid="paste-publisher" />
          </label>
          <label>
            Title
            <input name="title" />
          </label>
          <label>
            Published (Kyiv time)
            <input name="published" type="datetime-local" data-testid="paste-published" />
          </label>
          <label>
            Language
            <select name="language" defaultValue="">
              <option value="">detect</option>
              <option value="en">English</option>
              <option value="uk">Ukrainian</option>
              <option value="ru">Russian</option>
            </select>
          </label>
        </ActionForm>
      </div>
      <div className="admin-section admin-form">
        <h2>Upload files</h2>
        <ActionForm action={uploadFilesAction} submit="Upload and ingest" testId="upload-form" className="ingest-form">
          <label>
            Files (up to 1 MB in all)
            <input name="files" type="file" multiple accept=".txt,.html,.htm,.json,.jsonl,.ndjson,.xml,.rss,.atom" data-testid="upload-files" />
          </label>
          <label>
            Telegram channel username (optional, for t.me links)
            <input name="telegramUsername" placeholder="channel_name" />
          </label>
        </ActionForm>
      </div>
    </div>
  );
}
