import { UsersPage } from '@/components/account/users-page';

export default function Users() {
  return <UsersPage />;
}
