/** @module Keeps a form the renderer cannot draw (a draft being designed, half filled in) from taking the page down with it. */
import type { FormDefinition } from '@heng/engine';
import { Alert } from 'antd';
import { Component } from 'react';
import type { ReactNode } from 'react';

interface Props {
  readonly form: FormDefinition;
  /** What to say instead of the form, in the language shown. */
  readonly title: string;
  readonly children: ReactNode;
}

/**
 * Shows why the form could not be drawn instead of the form, and tries again as soon as the
 * definition changes (the designer fixes the draft).
 */
export class FormBoundary extends Component<Props, { readonly failed?: string }> {
  override state: { readonly failed?: string } = {};

  static getDerivedStateFromError(error: unknown): { readonly failed: string } {
    return { failed: error instanceof Error ? error.message : String(error) };
  }

  override componentDidUpdate(before: Props): void {
    if (before.form !== this.props.form && this.state.failed !== undefined) this.setState({ failed: undefined });
  }

  override render(): ReactNode {
    if (this.state.failed === undefined) return this.props.children;
    return <Alert type="warning" showIcon title={this.props.title} description={this.state.failed} data-testid="form-not-drawn" />;
  }
}
