import { LoadingState } from '@/components/ui/query-states';

export default function Loading() {
  return <LoadingState label="경기를 불러오는 중" />;
}
