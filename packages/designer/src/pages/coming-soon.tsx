/** @module A section not built yet, said plainly: no fake data. */
import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Section } from '../app/navigation.js';

/** The page of a section still to come. */
export function ComingSoon({ section }: { readonly section: Section }) {
  const { t } = useTranslation();
  return <Result status="info" title={t('coming.title', { section: t(`nav.${section}`) })} subTitle={t(`coming.${section}`)} data-testid={`coming-${section}`} />;
}
