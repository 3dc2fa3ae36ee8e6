import type { DemoAccount } from './demoCredentials'

/** Printed once, on the seeding run only: the passwords are not stored anywhere else. */
export const printCredentials = (accounts: DemoAccount[], log: (message: string) => void): void => {
  const lines = [
    '',
    '==================== Akun demo Warta (simpan sekarang; tidak ditampilkan lagi) ====================',
    ...accounts.map((a) => `  ${a.roles.join(',').padEnd(9)} ${a.email.padEnd(32)} kata sandi: ${a.password}`),
    '===================================================================================================',
    '',
  ]
  log(lines.join('\n'))
}
