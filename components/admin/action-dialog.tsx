'use client';
import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextareaField } from '@/components/ui/form-fields';
import { Modal } from '@/components/ui/modal';
import { TextField } from '@/components/ui/text-field';
import type { ReportTargetType } from '@/db/constants/moderation';
import { moderateTargetEndpoint, moderateUserEndpoint } from '@/lib/http/routes';
import type { TargetAction, UserAction } from '@/lib/admin/schema';
import { callEndpoint, type Unchecked } from '@/lib/http/client';
import { useAdminDecision } from './use-admin-decision';

export type AdminAction = { action: TargetAction | UserAction; label: string; danger?: boolean; needsDays?: boolean };

/** Hide (or unhide) and delete: what can be done to content itself, besides to its author. */
export const hideActions = (hidden: boolean): AdminAction[] => [
  hidden ? { action: 'unhide', label: '숨김 해제' } : { action: 'hide', label: '숨기기' },
  { action: 'delete', label: '삭제', danger: true },
];

/** What an admin acts on: a user (POST /api/admin/users/{id}) or reported content (POST /api/admin/reports/{type}/{id}). */
export type ModerationTarget = { kind: 'user'; id: number } | { kind: 'content'; type: ReportTargetType; id: number };

type Decision = { action: AdminAction['action']; reason: string; days?: number };

// The API names a wrong field (an action the target does not take, an empty reason): the body goes as typed.
const moderate = (target: ModerationTarget, body: Decision) =>
  target.kind === 'user'
    ? callEndpoint(moderateUserEndpoint, { params: { id: target.id }, body: body as Unchecked<typeof moderateUserEndpoint> })
    : callEndpoint(moderateTargetEndpoint, { params: { targetType: target.type, targetId: target.id }, body: body as Unchecked<typeof moderateTargetEndpoint> });

/**
 * One admin decision: every action asks for a reason (it goes to the audit log), suspending
 * also for the number of days.
 */
export function ActionButtons({ target, actions, subject }: { target: ModerationTarget; actions: AdminAction[]; subject: string }) {
  const [chosen, setChosen] = useState<AdminAction | null>(null);
  return (
    <div className="flex flex-wrap gap-1.5">
      {actions.map((a) => (
        <button
          key={a.action}
          type="button"
          onClick={() => setChosen(a)}
          className={`min-h-9 rounded-lg border px-2.5 text-sm font-medium ${a.danger ? 'border-red-300 text-red-800 hover:bg-red-50' : 'border-stone-300 text-stone-800 hover:bg-stone-100'}`}
        >
          {a.label}
        </button>
      ))}
      {chosen && <ActionDialog target={target} action={chosen} subject={subject} onClose={() => setChosen(null)} />}
    </div>
  );
}

function ActionDialog({ target, action, subject, onClose }: { target: ModerationTarget; action: AdminAction; subject: string; onClose: () => void }) {
  const [reason, setReason] = useState('');
  const [days, setDays] = useState('7');
  const { run, errors, submit } = useAdminDecision(
    () => moderate(target, { action: action.action, reason, ...(action.needsDays && { days: Number(days) }) }),
    onClose,
  );
  return (
    <Modal open onClose={onClose} title={`${action.label}: ${subject}`}>
      <form onSubmit={submit} className="flex flex-col gap-3">
        <TextareaField label="사유 (감사 기록에 남아요)" value={reason} onChange={(e) => setReason(e.target.value)} required maxLength={500} rows={3} errors={errors.reason} />
        {action.needsDays && (
          <TextField label="정지 기간 (일)" type="number" inputMode="numeric" min={1} max={3650} value={days} onChange={(e) => setDays(e.target.value)} required errors={errors.days} />
        )}
        {run.isError && !errors.reason && !errors.days && <Alert>{run.error.message}</Alert>}
        <div className="flex justify-end gap-2">
          <Button type="button" variant="secondary" onClick={onClose}>
            취소
          </Button>
          <Button type="submit" variant={action.danger ? 'danger' : 'primary'} loading={run.isPending}>
            {action.label}
          </Button>
        </div>
      </form>
    </Modal>
  );
}
