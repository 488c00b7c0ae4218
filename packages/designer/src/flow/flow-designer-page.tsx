/** @module The route of the flow designer: opens a bundled example flow by id. */
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { creditApplication, creditApproval, flowRoles } from '../samples/credit-approval.js';
import { FlowDesigner } from './flow-designer.js';

const FLOWS = [{ def: creditApproval, form: creditApplication }];

/** `/apps/:appId/flows/:flowId`. */
export function FlowDesignerPage() {
  const { t } = useTranslation();
  const { appId = '', flowId = '' } = useParams();
  const found = FLOWS.find((f) => f.def.id === flowId);
  if (found === undefined) return <Alert type="error" showIcon title={t('editor.notFound', { id: flowId })} />;
  return <FlowDesigner key={`${appId}/${flowId}`} initial={found.def} form={found.form} roles={flowRoles} />;
}

/** The id of the flow `/apps/:appId/flows` opens while flows are only bundled examples. */
export const FIRST_FLOW = creditApproval.id;
