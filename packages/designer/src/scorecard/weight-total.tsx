/** @module The weights' total, always in sight: red when not 100%, with the one-click normalise. */
import { FULL_WEIGHT } from '@heng/engine';
import { Button, Flex, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatWeight } from '../format/money.js';
import { normalise, weightTotal } from '../ops/index.js';
import { useEditor } from './editor-context.js';

/** "Total 95.00%" and the normalise button. */
export function WeightTotal() {
  const { t } = useTranslation();
  const { def, apply, lang } = useEditor();
  const total = weightTotal(def);
  const ok = total === FULL_WEIGHT;
  return (
    <Flex gap={8} align="center">
      <span>{t('factors.total')}</span>
      <Tag color={ok ? 'success' : 'error'} className="heng-weight-total" data-testid="weight-total" aria-live="polite">
        {formatWeight(total, lang)}
      </Tag>
      <Button size="small" type={ok ? 'default' : 'primary'} disabled={ok || def.factors.length === 0} onClick={() => apply(normalise)}>
        {t('factors.normalise')}
      </Button>
    </Flex>
  );
}
