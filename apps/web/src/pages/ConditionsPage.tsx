import { usePageTitle } from '../app/ui/usePageTitle';
import { ConditionDirectory } from '../modules/conditions/components/ConditionDirectory';

export function ConditionsPage() {
  usePageTitle('Conditions');
  return (
    <>
      <header className="page-header">
        <h1>Conditions</h1>
        <p className="lead">
          Find your condition to meet other people living with it. Each condition has one or more groups you can join.
        </p>
      </header>
      <ConditionDirectory />
    </>
  );
}
