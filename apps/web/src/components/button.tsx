import type { ComponentPropsWithRef, MouseEvent } from 'react';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'quiet';

export interface ButtonProps extends ComponentPropsWithRef<'button'> {
  variant?: ButtonVariant;
  /** Waiting for the server: the button stays focusable (disabled would drop focus) but inert. */
  busy?: boolean;
}

export function Button({
  variant = 'primary',
  busy = false,
  className,
  onClick,
  type = 'button',
  children,
  ...rest
}: ButtonProps) {
  const handleClick = (event: MouseEvent<HTMLButtonElement>) => {
    if (busy) {
      event.preventDefault();
      return;
    }
    onClick?.(event);
  };
  return (
    <button
      {...rest}
      type={type}
      className={['button', `button--${variant}`, busy ? 'button--busy' : '', className ?? '']
        .filter(Boolean)
        .join(' ')}
      aria-disabled={busy || rest['aria-disabled'] ? true : undefined}
      onClick={handleClick}
    >
      {children}
    </button>
  );
}
