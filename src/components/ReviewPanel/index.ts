export { ReviewPanel } from './ReviewPanel.client'
