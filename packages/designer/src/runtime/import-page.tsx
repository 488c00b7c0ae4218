/** @module CSV import of a form's records: the file previewed as a table, imported all or nothing, the server's problems shown on their rows and columns. */
import { isComputed, mayDo, parsePointer } from '@heng/engine';
import type { FormDefinition, Problem } from '@heng/engine';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Checkbox, Space, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { errorText } from '../api/errors.js';
import { download } from '../app/download.js';
import type { ApiError } from '../api/client.js';
import { FieldProblems } from '../components/field-problems.js';
import { useLang } from '../i18n/use-lang.js';
import { asApiError, loadPublishedForm, useLoad } from '../renderer/index.js';
import { runtimeApi } from './api.js';
import { useMe, WhenLoaded } from './common.js';
import { NotAllowed } from './not-allowed.js';
import { computedColumns, decodeCsv, hasIdColumn, headerFields, importProblems, importTemplate, previewRows, readCsv, subTableExamples } from './csv-preview.js';
import type { CsvEncoding, ImportProblems } from './csv-preview.js';
import { recordsPath } from './paths.js';

/** `/apps/:appId/records/:formId/import`. */
export function ImportPage() {
  const { formId = '' } = useParams();
  const { roles } = useMe();
  const [published, reload] = useLoad(() => loadPublishedForm(formId), [formId]);
  return <WhenLoaded loaded={published} onRetry={reload}>{(p) => (mayDo(p.form, 'create', roles) ? <Importer form={p.form} /> : <NotAllowed form={p.form} action="create" />)}</WhenLoaded>;
}

interface Picked {
  readonly name: string;
  readonly text: string;
  readonly encoding: CsvEncoding;
  readonly header: readonly string[];
  readonly rows: readonly string[][];
}

const NONE: ImportProblems = { rows: new Map(), header: new Map(), file: [] };
const RED = { background: '#fff1f0' };

/** The field a row problem is about (`/rows/3/annual_sales` → annual_sales). */
const fieldOf = (p: Problem): string | undefined => parsePointer(p.path)[2];

function Importer({ form }: { readonly form: FormDefinition }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { message } = App.useApp();
  const { appId = '' } = useParams();
  const [file, setFile] = useState<Picked>();
  const [unreadable, setUnreadable] = useState<number>();
  const [problems, setProblems] = useState<ImportProblems>(NONE);
  const [failure, setFailure] = useState<ApiError>();
  const [onlyProblems, setOnlyProblems] = useState(false);
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<number>();
  const example = form.fields.filter((f) => !isComputed(f) && f.type !== 'sub_table').slice(0, 3).map((f) => f.label[lang]).join(',');
  const [subTable, ...otherSubTables] = subTableExamples(form.fields, lang);
  const { roles } = useMe();
  const template = importTemplate(form.fields, roles, lang);

  const pick = async (blob: File) => {
    const { text, encoding } = decodeCsv(await blob.arrayBuffer());
    const read = readCsv(text);
    setProblems(NONE);
    setFailure(undefined);
    setCreated(undefined);
    if ('error' in read) {
      setFile(undefined);
      setUnreadable(read.error.line);
      return;
    }
    setUnreadable(undefined);
    setFile({ name: blob.name, text, encoding, header: read.header, rows: read.rows });
  };

  const send = async (dryRun: boolean) => {
    if (file === undefined) return;
    setBusy(true);
    setFailure(undefined);
    try {
      setProblems(NONE);
      if (dryRun) {
        const checked = await runtimeApi.checkCsv(form.id, file.text);
        void message.success(t('runtime.import.checked', { count: checked.rows }));
        return;
      }
      const done = await runtimeApi.importCsv(form.id, file.text);
      setCreated(done.created);
      void message.success(t('runtime.import.done', { count: done.created }));
    } catch (e) {
      const error = asApiError(e);
      setFailure(error);
      const placed = importProblems(error.problems);
      setProblems(placed);
      setOnlyProblems(true);
    } finally {
      setBusy(false);
    }
  };

  const fieldsOf = headerFields(form.fields, file?.header ?? []);
  const rows = previewRows(file?.rows ?? [], problems, onlyProblems);
  return (
    <Card title={t('runtime.import.title', { form: form.name[lang] })} extra={<Link to={recordsPath(appId, form.id)}>{t('runtime.record.back')}</Link>}>
      <div className="heng-stack">
        <Typography.Paragraph type="secondary">{t('runtime.import.hint', { example })}</Typography.Paragraph>
        {template.required.length > 0 && (
          <Typography.Paragraph type="secondary" data-testid="import-required">{t('runtime.import.required', { columns: template.required.join(lang === 'zh-CN' ? '、' : ', ') })}</Typography.Paragraph>
        )}
        <Typography.Paragraph type="secondary">{t('runtime.import.formats')}</Typography.Paragraph>
        {subTable !== undefined && <Typography.Paragraph type="secondary" data-testid="import-sub-table-hint">{t('runtime.import.subTableHint', { ...subTable })}</Typography.Paragraph>}
        {otherSubTables.map((other) => (
          <Typography.Paragraph type="secondary" key={other.id} data-testid="import-sub-table-more">{t('runtime.import.subTableMore', { ...other })}</Typography.Paragraph>
        ))}
        <Space wrap>
          <Upload accept=".csv,text/csv" showUploadList={false} beforeUpload={(f) => (void pick(f), false)}>
            <Button icon={<UploadOutlined />}>{t('runtime.import.pick')}</Button>
          </Upload>
          <Button icon={<DownloadOutlined />} onClick={() => download(t('runtime.import.templateFile', { form: form.name[lang] }), new Blob([template.csv], { type: 'text/csv;charset=utf-8' }))}>
            {t('runtime.import.template')}
          </Button>
          {file !== undefined && <Typography.Text data-testid="import-read">{t('runtime.import.read', { count: file.rows.length, file: file.name })}</Typography.Text>}
          {file?.encoding === 'gb18030' && <Typography.Text type="secondary" data-testid="import-encoding">{t('runtime.import.readGbk')}</Typography.Text>}
          {file !== undefined && file.rows.length > 0 && created === undefined && (
            <>
              <Button loading={busy} onClick={() => void send(true)}>{t('runtime.import.check')}</Button>
              <Button type="primary" loading={busy} onClick={() => void send(false)}>{t('runtime.import.submit')}</Button>
            </>
          )}
        </Space>
        {unreadable !== undefined && <Alert type="error" showIcon title={t('runtime.import.unreadable', { line: unreadable })} />}
        {file !== undefined && hasIdColumn(file.header) && <Alert type="info" showIcon data-testid="import-id-ignored" title={t('runtime.import.idIgnored')} />}
        {file !== undefined && computedColumns(form.fields, file.header).length > 0 && (
          <Alert type="info" showIcon data-testid="import-computed-ignored" title={t('runtime.import.computedIgnored', { columns: computedColumns(form.fields, file.header).map((f) => f.label[lang]).join(lang === 'zh-CN' ? '、' : ', ') })} />
        )}
        {file !== undefined && file.rows.length === 0 && <Alert type="warning" showIcon title={t('runtime.import.empty')} />}
        {created !== undefined && <Alert type="success" showIcon title={t('runtime.import.done', { count: created })} action={<Link to={recordsPath(appId, form.id)}>{t('runtime.record.back')}</Link>} />}
        {failure !== undefined && (
          <Alert type="error" showIcon data-testid="import-failed" title={failure.problems.length > 0 ? t('runtime.import.failed') : errorText(failure, lang)} description={problems.file.length > 0 ? <FieldProblems problems={problems.file} /> : undefined} />
        )}
        {failure !== undefined && problems.rows.size > 0 && (
          <Checkbox checked={onlyProblems} onChange={(e) => setOnlyProblems(e.target.checked)}>{t('runtime.import.onlyProblems')}</Checkbox>
        )}
        {file !== undefined && file.rows.length > 0 && (
          <Table<{ n: number; cells: string[] }>
            rowKey="n"
            size="small"
            data-testid="import-preview"
            scroll={{ x: 'max-content' }}
            pagination={{ pageSize: 50, showSizeChanger: false }}
            dataSource={rows}
            onRow={(r) => ({ style: problems.rows.has(r.n) ? RED : undefined, 'data-row': r.n }) as object}
            columns={[
              { key: 'n', title: t('runtime.import.row'), dataIndex: 'n', width: 64, fixed: 'left' },
              // Beside the row's number, not after its columns: a wide file keeps the reasons in view.
              ...(failure === undefined
                ? []
                : [{
                    key: 'problems',
                    title: t('runtime.import.problems'),
                    width: 320,
                    render: (_: unknown, r: { n: number }) => {
                      const own = problems.rows.get(r.n) ?? [];
                      return own.length > 0 ? <FieldProblems problems={own} /> : <Typography.Text type="secondary">{t('runtime.import.ok')}</Typography.Text>;
                    },
                  }]),
              ...file.header.map((name, c) => ({
                key: `c${c}`,
                title: (
                  <div data-column={c}>
                    <div>{fieldsOf[c]?.label[lang] ?? name}</div>
                    {/* The file's own header only where it is not the label shown (an id, the other language's label). */}
                    {fieldsOf[c] !== undefined && fieldsOf[c].label[lang] !== name && <Typography.Text code style={{ fontSize: 11 }}>{name}</Typography.Text>}
                    <FieldProblems problems={problems.header.get(c) ?? []} />
                  </div>
                ),
                render: (_: unknown, r: { n: number; cells: string[] }) => {
                  const bad = (problems.rows.get(r.n) ?? []).some((p) => fieldOf(p) === (fieldsOf[c]?.id ?? name));
                  // A long cell (a 170-character name) is cut, whole in its tooltip, so one row does not fill the screen.
                  return <span className="heng-import-cell" title={r.cells[c] ?? ''} style={bad ? { color: '#cf1322', fontWeight: 500 } : undefined}>{r.cells[c] ?? ''}</span>;
                },
              })),
            ]}
          />
        )}
      </div>
    </Card>
  );
}
