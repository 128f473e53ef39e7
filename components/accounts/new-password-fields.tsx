import { TextField } from '@/components/ui/text-field';

type Props = { errors: Record<string, string[] | undefined>; required?: boolean; name?: string; label?: string };

/** A new password and its confirmation (`<name>` and `<name>Confirm`), as every password form asks them. */
export function NewPasswordFields({ errors, required, name = 'newPassword', label = '새 비밀번호' }: Props) {
  return (
    <>
      <TextField
        label={label}
        name={name}
        type="password"
        autoComplete="new-password"
        required={required}
        hint="8자 이상, 문자와 숫자를 섞어 주세요"
        errors={errors[name]}
      />
      <TextField
        label={`${label} 확인`}
        name={`${name}Confirm`}
        type="password"
        autoComplete="new-password"
        required={required}
        errors={errors[`${name}Confirm`]}
      />
    </>
  );
}
