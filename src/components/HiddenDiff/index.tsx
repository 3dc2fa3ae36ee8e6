/** Version comparison slot for machine-kept fields (JSON findings, search copy, edit stamps): shows nothing. */
export function HiddenDiff() {
  return null
}
