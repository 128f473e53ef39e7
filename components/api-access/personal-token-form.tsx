'use client';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/form-fields';
import { TextField } from '@/components/ui/text-field';
import { createPersonalTokenEndpoint } from '@/lib/http/routes';
import { scopeAreas } from '@/lib/core/scopes';
import { callEndpoint, type Unchecked } from '@/lib/http/client';
import { scopeAreaLabels } from './scope-labels';
import { useCreateOnceForm } from './create-once-form';
import { ShownOnce } from './shown-once';

/** Name, scopes (none, read or read and write per area) and lifetime; the new token is shown once. */
export function PersonalTokenForm() {
  const { errors, pending, onSubmit, result } = useCreateOnceForm(
    (form) => {
      const scopes = scopeAreas.map((area) => form.text(`scope-${area}`)).filter(Boolean);
      const days = form.text('expiresInDays');
      return callEndpoint(createPersonalTokenEndpoint, {
        body: { name: form.text('name'), scopes, ...(days && { expiresInDays: Number(days) }) } as Unchecked<typeof createPersonalTokenEndpoint>,
      });
    },
  );
  const f = errors.fields;
  return (
    <div className="flex flex-col gap-4">
      {result && <ShownOnce heading={`새 토큰 「${result.name}」을 만들었어요.`} value={result.token} testId="new-token" />}
      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3" aria-label="개인 액세스 토큰 만들기">
        {errors.message && <Alert>{errors.message}</Alert>}
        <TextField label="이름" name="name" required maxLength={60} placeholder="예: 풋살장 예약 서버" errors={f.name} />
        <fieldset className="flex flex-col gap-2">
          <legend className="text-sm font-medium text-stone-800">권한</legend>
          {f.scopes && <p className="text-sm text-red-700">{f.scopes.join(' ')}</p>}
          <div className="grid grid-cols-1 gap-2 sm:grid-cols-2">
            {scopeAreas.map((area) => (
              <SelectField key={area} label={scopeAreaLabels[area]} name={`scope-${area}`} defaultValue="">
                <option value="">없음</option>
                <option value={`${area}:read`}>읽기</option>
                <option value={`${area}:write`}>읽기와 쓰기</option>
              </SelectField>
            ))}
          </div>
        </fieldset>
        <SelectField label="만료" name="expiresInDays" defaultValue="90" errors={f.expiresInDays}>
          <option value="7">7일</option>
          <option value="30">30일</option>
          <option value="90">90일</option>
          <option value="365">1년</option>
          <option value="">만료 없음</option>
        </SelectField>
        <Button type="submit" loading={pending}>
          토큰 만들기
        </Button>
      </form>
    </div>
  );
}
