import { NhsLogo } from '@/components/Icons'
import styles from './branding.module.css'

/** The admin's logo (sign-in and other full-page screens): the NHS logo and the PSU's name, instead of Payload's. */
export function Logo() {
  return (
    <span className={styles.logo}>
      <span className={styles.mark}>
        <NhsLogo />
      </span>
      <span className={styles.name}>Professional Support Unit</span>
    </span>
  )
}
