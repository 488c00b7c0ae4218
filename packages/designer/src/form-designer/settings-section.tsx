/** @module A titled block of the form's own settings (row access, checks), with its hint. */
import { Typography } from 'antd';
import type { ReactNode } from 'react';

/** A section of the form's settings: its title (also its accessible name), a hint, then its content. */
export function SettingsSection({ testId, title, hint, children }: { readonly testId: string; readonly title: string; readonly hint: string; readonly children: ReactNode }) {
  return (
    <section className="fd-block" data-testid={testId} aria-label={title}>
      <Typography.Title level={5}>{title}</Typography.Title>
      <Typography.Paragraph type="secondary">{hint}</Typography.Paragraph>
      {children}
    </section>
  );
}
