import type { MethodRef } from '@motesplats/contracts';
import { Link } from 'react-router';

/** The methods an item names, each a link to its page in the library. */
export function MethodLinks({ methods }: { methods: readonly MethodRef[] }) {
  return (
    <>
      {methods.map((method, index) => (
        <span key={method.id}>
          {index > 0 && ', '}
          <Link to={`/methods/${method.slug}`}>{method.name}</Link>
        </span>
      ))}
    </>
  );
}
