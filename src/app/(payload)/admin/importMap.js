import { ChangeRequestNotice as ChangeRequestNotice_70f76dac7db80a6ddabdfb2ecef88cc6 } from '@/components/ChangeRequestNotice'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HiddenDiff as HiddenDiff_39d7bc328f10694d296a596d9685d69c } from '@/components/HiddenDiff'
import { ReviewPanel as ReviewPanel_43751fa8f79f7044c31767e5b234d2c5 } from '../../../components/ReviewPanel/ReviewPanel.client'
import { ChannelPreview as ChannelPreview_7fd1adadbb6db7446c116f363ca5bbcc } from '@/components/ChannelPreview'
import { SyndicationPanel as SyndicationPanel_06b8336755b3b4015f9a02af467b316c } from '@/components/SyndicationPanel'
import { WorkflowPanel as WorkflowPanel_36a7d53c69ed0c9833a5a7251deba598 } from '@/components/WorkflowPanel'
import { NewsDiscussion as NewsDiscussion_4b438ed230191af50c512b9a156768e4 } from '@/components/NewsDiscussion'
import { WibDateCell as WibDateCell_3ede524da3b03e8993a8c184842308a3 } from '@/components/WibDateCell'
import { WorkflowListLinks as WorkflowListLinks_f8cc454660f68a6c89922b2516f8f40b } from '@/components/WorkflowListLinks'
import { WibTimestamps as WibTimestamps_f276c80ddd8b65ebf68830426dada3d5 } from '@/components/WibTimestamps'
import { WorkflowPublishButton as WorkflowPublishButton_88dd3d3442ced8975c56ce72b03bf466 } from '@/components/WorkflowPublishButton'
import { WorkflowStatus as WorkflowStatus_24c44982f2633efa02093442e8f88608 } from '@/components/WorkflowStatus'
import { NewsVersions as NewsVersions_a15de723da72f82f90df538ea4ccb0b0 } from '@/components/NewsVersions'
import { JsonPreview as JsonPreview_54aa8b7e637d1580d7cecc70de16845a } from '@/components/JsonPreview'
import { SyndicationListLinks as SyndicationListLinks_efde898abf02a0ffbaedd2c2b4c4a1f5 } from '@/components/SyndicationListLinks'
import { AuditActorCell as AuditActorCell_df244e1a79a7ce0b67292e311f873db0 } from '@/components/AuditLogCells'
import { AuditActionCell as AuditActionCell_df244e1a79a7ce0b67292e311f873db0 } from '@/components/AuditLogCells'
import { AuditActionField as AuditActionField_df244e1a79a7ce0b67292e311f873db0 } from '@/components/AuditLogCells'
import { AuditStateCell as AuditStateCell_df244e1a79a7ce0b67292e311f873db0 } from '@/components/AuditLogCells'
import { AuditStateField as AuditStateField_df244e1a79a7ce0b67292e311f873db0 } from '@/components/AuditLogCells'
import { Icon as Icon_79e6734a5c9b4ec0de2f6598950b4867 } from '@/components/Brand/Icon'
import { Logo as Logo_5496f0f5764d226375d5dd242e31d0d2 } from '@/components/Brand/Logo'
import { WorkQueueDashboard as WorkQueueDashboard_b39f2d96c5778d5698b3c9e7777aa63a } from '@/components/Dashboard'
import { AdminAddressNotice as AdminAddressNotice_113db33f67f05135af64305980bd18a0 } from '../../../components/AdminAddressNotice'
import { S3ClientUploadHandler as S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24 } from '@payloadcms/storage-s3/client'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@/components/ChangeRequestNotice#ChangeRequestNotice": ChangeRequestNotice_70f76dac7db80a6ddabdfb2ecef88cc6,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@/components/HiddenDiff#HiddenDiff": HiddenDiff_39d7bc328f10694d296a596d9685d69c,
  "/components/ReviewPanel/ReviewPanel.client#ReviewPanel": ReviewPanel_43751fa8f79f7044c31767e5b234d2c5,
  "@/components/ChannelPreview#ChannelPreview": ChannelPreview_7fd1adadbb6db7446c116f363ca5bbcc,
  "@/components/SyndicationPanel#SyndicationPanel": SyndicationPanel_06b8336755b3b4015f9a02af467b316c,
  "@/components/WorkflowPanel#WorkflowPanel": WorkflowPanel_36a7d53c69ed0c9833a5a7251deba598,
  "@/components/NewsDiscussion#NewsDiscussion": NewsDiscussion_4b438ed230191af50c512b9a156768e4,
  "@/components/WibDateCell#WibDateCell": WibDateCell_3ede524da3b03e8993a8c184842308a3,
  "@/components/WorkflowListLinks#WorkflowListLinks": WorkflowListLinks_f8cc454660f68a6c89922b2516f8f40b,
  "@/components/WibTimestamps#WibTimestamps": WibTimestamps_f276c80ddd8b65ebf68830426dada3d5,
  "@/components/WorkflowPublishButton#WorkflowPublishButton": WorkflowPublishButton_88dd3d3442ced8975c56ce72b03bf466,
  "@/components/WorkflowStatus#WorkflowStatus": WorkflowStatus_24c44982f2633efa02093442e8f88608,
  "@/components/NewsVersions#NewsVersions": NewsVersions_a15de723da72f82f90df538ea4ccb0b0,
  "@/components/JsonPreview#JsonPreview": JsonPreview_54aa8b7e637d1580d7cecc70de16845a,
  "@/components/SyndicationListLinks#SyndicationListLinks": SyndicationListLinks_efde898abf02a0ffbaedd2c2b4c4a1f5,
  "@/components/AuditLogCells#AuditActorCell": AuditActorCell_df244e1a79a7ce0b67292e311f873db0,
  "@/components/AuditLogCells#AuditActionCell": AuditActionCell_df244e1a79a7ce0b67292e311f873db0,
  "@/components/AuditLogCells#AuditActionField": AuditActionField_df244e1a79a7ce0b67292e311f873db0,
  "@/components/AuditLogCells#AuditStateCell": AuditStateCell_df244e1a79a7ce0b67292e311f873db0,
  "@/components/AuditLogCells#AuditStateField": AuditStateField_df244e1a79a7ce0b67292e311f873db0,
  "@/components/Brand/Icon#Icon": Icon_79e6734a5c9b4ec0de2f6598950b4867,
  "@/components/Brand/Logo#Logo": Logo_5496f0f5764d226375d5dd242e31d0d2,
  "@/components/Dashboard#WorkQueueDashboard": WorkQueueDashboard_b39f2d96c5778d5698b3c9e7777aa63a,
  "/components/AdminAddressNotice#AdminAddressNotice": AdminAddressNotice_113db33f67f05135af64305980bd18a0,
  "@payloadcms/storage-s3/client#S3ClientUploadHandler": S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
