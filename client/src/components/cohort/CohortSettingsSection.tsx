import { useId } from 'react';
import type { CohortDetail } from '@peercircle/shared';
import { AgreementEditor } from './AgreementEditor';
import { CohortSettingsForm } from './CohortSettingsForm';

interface CohortSettingsSectionProps {
  id: string;
  cohort: CohortDetail;
  onCohortChanged(cohort: CohortDetail): void;
}

export function CohortSettingsSection({ id, cohort, onCohortChanged }: CohortSettingsSectionProps) {
  const headingId = useId();
  return (
    <section id={id} className="page-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Agreement and settings</h2>
      <div className="two-columns">
        <AgreementEditor cohort={cohort} onSaved={onCohortChanged} />
        <CohortSettingsForm cohort={cohort} onSaved={onCohortChanged} />
      </div>
    </section>
  );
}
