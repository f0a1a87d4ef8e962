export {
  ROLES,
  ARTICLE_STATES,
  WORKFLOW_ACTIONS,
  isRole,
  isArticleState,
  isWorkflowAction,
  type Role,
  type ArticleState,
  type WorkflowAction,
} from './roles.js';
export {
  TRANSITIONS,
  checkTransition,
  allowedActions,
  actionsFrom,
  missingTransitionFields,
  type Transition,
  type TransitionInput,
  type TransitionCheck,
} from './transitions.js';
export {
  PERMISSIONS,
  PERMISSION_NAMES,
  can,
  permissionsOf,
  canRead,
  canEditArticle,
  type Permission,
  type ArticleRef,
  type UserRef,
} from './permissions.js';
