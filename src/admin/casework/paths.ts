/** Where the case-work view lives under the admin route. */
export const CASEWORK_PATH = '/casework'
