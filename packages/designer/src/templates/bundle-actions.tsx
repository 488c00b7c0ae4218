/** @module The gallery's own actions: import a bundle file (read here, dry-run on the server) and export the company's app as one. */
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Space, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { errorText } from '../api/errors.js';
import { useLang } from '../i18n/use-lang.js';
import { asApiError } from '../renderer/index.js';
import { download } from '../app/download.js';
import { templatesApi } from './api.js';
import type { ImportSource } from './api.js';
import { definitionCount, readBundleFile } from './bundle-file.js';

/** `onPicked` with a file that is JSON (its dry run comes next); `onUnreadable` with what to tell the user otherwise. */
export function BundleActions({ onPicked, onUnreadable }: { readonly onPicked: (source: ImportSource) => void; readonly onUnreadable: (message: string | undefined) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { message } = App.useApp();
  const { appId = 'app' } = useParams();
  const [exporting, setExporting] = useState(false);

  const pick = async (file: File) => {
    const read = readBundleFile(await file.text());
    if (!read.ok) return onUnreadable(t('templates.file.notJson', { file: file.name, detail: read.detail }));
    onUnreadable(undefined);
    onPicked({ kind: 'file', fileName: file.name, bundle: read.bundle });
  };

  const exportApp = async () => {
    setExporting(true);
    try {
      const bundle = await templatesApi.exportApp();
      const file = `${appId}.heng.json`;
      download(file, new Blob([`${JSON.stringify(bundle, null, 2)}\n`], { type: 'application/json' }));
      void message.success(t('templates.export.done', { count: definitionCount(bundle), file }));
    } catch (e) {
      void message.error(`${t('templates.export.failed')} ${errorText(asApiError(e), lang)}`);
    } finally {
      setExporting(false);
    }
  };

  return (
    <Space wrap>
      <Upload accept=".json,application/json" showUploadList={false} beforeUpload={(f) => (void pick(f), false)}>
        <Button icon={<UploadOutlined />} data-testid="bundle-pick">{t('templates.file.pick')}</Button>
      </Upload>
      <Button icon={<DownloadOutlined />} loading={exporting} onClick={() => void exportApp()} data-testid="bundle-export">{t('templates.export.button')}</Button>
    </Space>
  );
}
