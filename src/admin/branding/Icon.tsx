import { NhsLogo } from '@/components/Icons'
import styles from './branding.module.css'

/** The admin's small mark (nav and top bar): the NHS logo, instead of Payload's. */
export function Icon() {
  return (
    <span className={styles.icon}>
      <NhsLogo />
    </span>
  )
}
