import { StatsPage } from '@/components/stats/stats-page';

export default function Statistics() {
  return <StatsPage />;
}
