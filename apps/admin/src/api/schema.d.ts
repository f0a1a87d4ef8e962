// Generated from the API's OpenAPI document by `npm run api:generate`. Do not edit.
export interface paths {
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["UsersController_list"];
        put?: never;
        post: operations["UsersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["UsersController_update"];
        trace?: never;
    };
    "/api/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TokensController_list"];
        put?: never;
        post: operations["TokensController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["TokensController_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuditController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuditController_verify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HealthController_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HealthController_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuthController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["AuthController_updateMe"];
        trace?: never;
    };
    "/api/auth/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuthController_sessions"];
        put?: never;
        post?: never;
        delete: operations["AuthController_endOtherSessions"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/articles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ArticlesController_list"];
        put?: never;
        post: operations["ArticlesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/articles/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ArticlesController_stats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/articles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ArticlesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["ArticlesController_update"];
        trace?: never;
    };
    "/api/articles/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ArticlesController_transition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/articles/{id}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["EditorialController_revisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/articles/{id}/revisions/{n}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["EditorialController_revision"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/articles/{id}/revisions/{n}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["EditorialController_restore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/articles/{id}/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["EditorialController_diff"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/articles/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["EditorialController_notes"];
        put?: never;
        post: operations["EditorialController_addNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/articles/{id}/presence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["EditorialController_presence[0]"];
        put?: never;
        post: operations["EditorialController_heartbeat[0]"];
        delete: operations["EditorialController_leave[0]"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/articles/{id}/lock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["EditorialController_presence[1]"];
        put?: never;
        post: operations["EditorialController_heartbeat[1]"];
        delete: operations["EditorialController_leave[1]"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/articles/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["EditorialController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/media": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MediaController_list"];
        put?: never;
        post: operations["MediaController_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/media/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MediaController_get"];
        put?: never;
        post?: never;
        delete: operations["MediaController_remove"];
        options?: never;
        head?: never;
        patch: operations["MediaController_update"];
        trace?: never;
    };
    "/api/media/{id}/original": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MediaController_original"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/articles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PublicApiController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/articles/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PublicApiController_one"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/articles/{number}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CommentsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CommentsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/comments/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CommentsController_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/comments/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CommentsController_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/articles/{id}/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CommentsController_corrections"];
        put?: never;
        post: operations["CommentsController_addCorrection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/articles/{id}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PreviewController_preview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SectionsController_list"];
        put?: never;
        post: operations["SectionsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sections/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["SectionsController_update"];
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        UserView: {
            /** Format: uuid */
            id: string;
            email: string;
            displayName: string;
            penName: string | null;
            /** @enum {string} */
            role: "reporter" | "editor" | "admin";
            active: boolean;
            createdAt: string;
            updatedAt: string;
        };
        CreateUserDto: {
            email: string;
            password: string;
            displayName: string;
            penName?: string | null;
            /** @enum {string} */
            role: "reporter" | "editor" | "admin";
        };
        UpdateUserDto: {
            /** @enum {string} */
            role?: "reporter" | "editor" | "admin";
            active?: boolean;
            displayName?: string;
            penName?: string | null;
            password?: string;
        };
        TokenView: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @description The first characters of the secret, to recognise it */
            prefix: string;
            createdAt: string;
            lastUsedAt: string | null;
            expiresAt: string | null;
        };
        CreateTokenDto: {
            name: string;
            /** @description Days until the token expires; never when omitted */
            expiresInDays?: number;
        };
        AuditEventView: {
            id: string;
            at: string;
            actorId: string | null;
            actorName: string | null;
            ip: string | null;
            action: string;
            entityType: string;
            entityId: string | null;
            data: {
                [key: string]: unknown;
            };
            hash: string;
        };
        AuditPage: {
            items: components["schemas"]["AuditEventView"][];
            nextCursor: string | null;
        };
        AuditVerifyView: {
            ok: boolean;
            checked: number;
            /** @description The first event whose hash does not match */
            firstBrokenId: string | null;
            headHash: string | null;
        };
        LoginDto: {
            email: string;
            password: string;
        };
        MeUser: {
            /** Format: uuid */
            id: string;
            email: string;
            displayName: string;
            penName: string | null;
            /** @enum {string} */
            role: "reporter" | "editor" | "admin";
        };
        SiteInfo: {
            name: string;
            publicUrl: string;
            mediaMaxBytes: number;
        };
        MeView: {
            user: components["schemas"]["MeUser"];
            /** @description Send as X-CSRF-Token on cookie-authenticated writes */
            csrfToken: string | null;
            permissions: string[];
            site: components["schemas"]["SiteInfo"];
        };
        UpdateMeDto: {
            displayName?: string;
            penName?: string | null;
            currentPassword?: string;
            newPassword?: string;
        };
        SessionView: {
            /** Format: uuid */
            id: string;
            current: boolean;
            userAgent: string | null;
            ip: string | null;
            createdAt: string;
            lastSeenAt: string;
        };
        SectionRefView: {
            /** Format: uuid */
            id: string;
            name: string;
            slug: string;
        };
        PersonView: {
            /** Format: uuid */
            id: string;
            displayName: string;
            penName: string | null;
        };
        ArticleSummaryView: {
            /** Format: uuid */
            id: string;
            /** @description Public numeric id used in URLs */
            number: number;
            title: string;
            slug: string;
            /** @enum {string} */
            state: "draft" | "in_review" | "changes_requested" | "scheduled" | "published" | "unpublished" | "trashed";
            section: components["schemas"]["SectionRefView"] | null;
            author: components["schemas"]["PersonView"];
            version: number;
            wordCount: number;
            viewCount: number;
            hasPendingRevision: boolean;
            /** Format: date-time */
            publishAt: string | null;
            /** Format: date-time */
            publishedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        ArticlePageView: {
            items: components["schemas"]["ArticleSummaryView"][];
            /** @description Pass as cursor for the next page */
            nextCursor: string | null;
        };
        StateCountView: {
            /** @enum {string} */
            state: "draft" | "in_review" | "changes_requested" | "scheduled" | "published" | "unpublished" | "trashed";
            count: number;
        };
        SectionCountView: {
            /** Format: uuid */
            sectionId: string | null;
            name: string | null;
            /** @enum {string} */
            state: "draft" | "in_review" | "changes_requested" | "scheduled" | "published" | "unpublished" | "trashed";
            count: number;
        };
        ArticleStatsView: {
            /** @description Articles the caller may see, per state */
            byState: components["schemas"]["StateCountView"][];
            bySection: components["schemas"]["SectionCountView"][];
            /** @description The caller's own articles, per state */
            mine: components["schemas"]["StateCountView"][];
            /** @description Published articles with an edit waiting for review */
            pendingRevisions: number;
        };
        CreateArticleDto: {
            /** Format: uuid */
            sectionId?: string | null;
            /** @description Sapo */
            lead?: string;
            /** @example ĐBP */
            dateline?: string;
            /** @description tiptap JSON document (see libs/editor) */
            body?: Record<string, never>;
            /** Format: uuid */
            featuredMediaId?: string | null;
            /** @example Bài, ảnh: Sầm Phúc */
            byline?: string;
            tags?: string[];
            seoTitle?: string;
            seoDescription?: string;
            /** @example Dân vận khéo ở vùng cao */
            title: string;
            /** @description Generated from the title when left out */
            slug?: string;
        };
        ArticleView: {
            /** Format: uuid */
            id: string;
            /** @description Public numeric id used in URLs */
            number: number;
            title: string;
            slug: string;
            /** @enum {string} */
            state: "draft" | "in_review" | "changes_requested" | "scheduled" | "published" | "unpublished" | "trashed";
            section: components["schemas"]["SectionRefView"] | null;
            author: components["schemas"]["PersonView"];
            version: number;
            wordCount: number;
            viewCount: number;
            hasPendingRevision: boolean;
            /** Format: date-time */
            publishAt: string | null;
            /** Format: date-time */
            publishedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** Format: uuid */
            sectionId: string | null;
            lead: string;
            dateline: string;
            body: {
                [key: string]: unknown;
            };
            /** Format: uuid */
            featuredMediaId: string | null;
            byline: string;
            tags: string[];
            seoTitle: string;
            seoDescription: string;
            readingMinutes: number;
            /** Format: date-time */
            firstPublishedAt: string | null;
            updatedBy: components["schemas"]["PersonView"] | null;
            /** @description What the caller may do now */
            allowedActions: ("submit" | "withdraw" | "request_changes" | "publish" | "schedule" | "cancel_schedule" | "unpublish" | "republish" | "trash" | "restore")[];
            /** @description Whether the caller may PATCH the article now */
            canEdit: boolean;
        };
        UpdateArticleDto: {
            /** Format: uuid */
            sectionId?: string | null;
            /** @description Sapo */
            lead?: string;
            /** @example ĐBP */
            dateline?: string;
            /** @description tiptap JSON document (see libs/editor) */
            body?: Record<string, never>;
            /** Format: uuid */
            featuredMediaId?: string | null;
            /** @example Bài, ảnh: Sầm Phúc */
            byline?: string;
            tags?: string[];
            seoTitle?: string;
            seoDescription?: string;
            title?: string;
            slug?: string;
            /** @description The version being edited (or send it as If-Match) */
            version?: number;
            /** @description An autosave: coalesced into one revision per user every few minutes */
            autosave?: boolean;
        };
        UpdatedByView: {
            /** Format: uuid */
            id: string;
            displayName: string;
        };
        StaleVersionView: {
            /** @example 409 */
            statusCode: number;
            error: string;
            message: string;
            currentVersion: number;
            updatedBy: components["schemas"]["UpdatedByView"] | null;
        };
        TransitionDto: {
            /** @enum {string} */
            action: "submit" | "withdraw" | "request_changes" | "publish" | "schedule" | "cancel_schedule" | "unpublish" | "republish" | "trash" | "restore";
            comment?: string;
            /** Format: date-time */
            publishAt?: string;
        };
        RevisionSummaryView: {
            n: number;
            /**
             * @description save, autosave, restore, create or a workflow action
             * @example save
             */
            kind: string;
            version: number;
            createdBy: components["schemas"]["PersonView"] | null;
            /** Format: date-time */
            createdAt: string;
        };
        RevisionSnapshotView: {
            title: string;
            slug: string;
            sectionId: string | null;
            lead: string;
            dateline: string;
            body: {
                [key: string]: unknown;
            };
            featuredMediaId: string | null;
            byline: string;
            tags: string[];
            seoTitle: string;
            seoDescription: string;
            /** @enum {string} */
            state: "draft" | "in_review" | "changes_requested" | "scheduled" | "published" | "unpublished" | "trashed";
        };
        RevisionView: {
            n: number;
            /**
             * @description save, autosave, restore, create or a workflow action
             * @example save
             */
            kind: string;
            version: number;
            createdBy: components["schemas"]["PersonView"] | null;
            /** Format: date-time */
            createdAt: string;
            snapshot: components["schemas"]["RevisionSnapshotView"];
        };
        RestoreRevisionDto: {
            /** @description The version being replaced (or If-Match) */
            version?: number;
        };
        DiffPartView: {
            /** @enum {string} */
            op: "equal" | "insert" | "delete";
            text: string;
        };
        FieldDiffView: {
            /** @example body */
            field: string;
            parts: components["schemas"]["DiffPartView"][];
        };
        DiffView: {
            from: number;
            to: number;
            /** @description Only the fields that changed */
            fields: components["schemas"]["FieldDiffView"][];
        };
        NoteView: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "note" | "request_changes" | "unpublish";
            body: string;
            author: components["schemas"]["PersonView"];
            /** Format: date-time */
            createdAt: string;
        };
        CreateNoteDto: {
            /** @example Kiểm tra lại số liệu ở đoạn 2 */
            body: string;
        };
        PresenceEntryView: {
            user: components["schemas"]["PersonView"];
            /** Format: date-time */
            openedAt: string;
            /** Format: date-time */
            seenAt: string;
        };
        PresenceView: {
            /** @description Others with the article open */
            others: components["schemas"]["PresenceEntryView"][];
            /** @description Send a heartbeat more often than this */
            ttlSeconds: number;
        };
        HistoryEntryView: {
            /** @enum {string} */
            type: "transition" | "note" | "revision";
            /** Format: date-time */
            at: string;
            actor: components["schemas"]["PersonView"] | null;
            /** @enum {string} */
            action?: "submit" | "withdraw" | "request_changes" | "publish" | "schedule" | "cancel_schedule" | "unpublish" | "republish" | "trash" | "restore";
            /** @enum {string} */
            from?: "draft" | "in_review" | "changes_requested" | "scheduled" | "published" | "unpublished" | "trashed";
            /** @enum {string} */
            to?: "draft" | "in_review" | "changes_requested" | "scheduled" | "published" | "unpublished" | "trashed";
            comment?: string | null;
            /** Format: date-time */
            publishAt?: string | null;
            n?: number;
            kind?: string;
            body?: string;
        };
        MediaUploaderView: {
            /** Format: uuid */
            id: string;
            displayName: string;
            penName: string | null;
        };
        MediaVariantView: {
            width: number;
            height: number;
            /** @enum {string} */
            format: "webp" | "jpg";
            url: string;
            bytes: number;
        };
        MediaUsageView: {
            /** Format: uuid */
            id: string;
            number: number;
            title: string;
            state: string;
        };
        MediaView: {
            /** Format: uuid */
            id: string;
            /** @description The uploaded file name (display and search only) */
            fileName: string;
            /** @description Type of the original, from its bytes */
            mimeType: string;
            /** @description Width after applying the EXIF orientation */
            width: number;
            /** @description Height after applying the EXIF orientation */
            height: number;
            /** @description Size of the original upload in bytes */
            bytes: number;
            /** @description SHA-256 of the original upload (hex) */
            sha256: string;
            /** @description Chú thích */
            caption: string;
            alt: string;
            /** @description Photographer */
            credit: string;
            source: string;
            /** Format: date-time */
            takenAt: string | null;
            /** @description A tiny data: URL to show while loading */
            placeholder: string | null;
            uploader: components["schemas"]["MediaUploaderView"];
            createdAt: string;
            /** @description A mid-size JPEG variant */
            url: string;
            variants: components["schemas"]["MediaVariantView"][];
            /** @description Whether the private original is kept (admins can download it) */
            hasOriginal: boolean;
            /** @description Articles that use the photo (only on GET /api/media/:id; only those you may read) */
            usage?: components["schemas"]["MediaUsageView"][];
            /** @description How many articles use the photo, counting those you may not read */
            usageCount?: number;
        };
        MediaPage: {
            items: components["schemas"]["MediaView"][];
            nextCursor: string | null;
        };
        UpdateMediaDto: {
            caption?: string;
            alt?: string;
            credit?: string;
            source?: string;
            /** Format: date-time */
            takenAt?: string | null;
        };
        PublicSection: {
            /** @example Thời sự */
            name: string;
            /** @example thoi-su */
            slug: string;
            /** @example https://bao.example/thoi-su */
            url: string;
        };
        PublicImage: {
            src: string;
            /** @description WebP variants: `url 320w, …` */
            srcset: string;
            /** @description JPEG variants */
            jpegSrcset: string;
            width: number;
            height: number;
            alt: string;
            caption: string;
            credit: string;
        };
        PublicArticleSummary: {
            /**
             * @description The public article number (in its URL)
             * @example 1234
             */
            number: number;
            /** @example dan-van-kheo-o-vung-cao */
            slug: string;
            /** @example https://bao.example/thoi-su/dan-van-kheo-o-vung-cao-1234.html */
            url: string;
            title: string;
            /** @description Sapo */
            lead: string;
            /** @example ĐBP */
            dateline: string;
            section: components["schemas"]["PublicSection"] | null;
            tags: string[];
            /**
             * @description The byline as printed; no user ids or emails
             * @example Bài, ảnh: Sầm Phúc
             */
            byline: string;
            /** Format: date-time */
            publishedAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @example 6548 */
            viewCount: number;
            image: components["schemas"]["PublicImage"] | null;
        };
        PublicArticleList: {
            items: components["schemas"]["PublicArticleSummary"][];
            nextCursor: string | null;
        };
        PublicCorrection: {
            text: string;
            /** Format: date-time */
            createdAt: string;
        };
        PublicComment: {
            name: string;
            /** @description Plain text */
            body: string;
            /** Format: date-time */
            createdAt: string;
        };
        PublicArticle: {
            /**
             * @description The public article number (in its URL)
             * @example 1234
             */
            number: number;
            /** @example dan-van-kheo-o-vung-cao */
            slug: string;
            /** @example https://bao.example/thoi-su/dan-van-kheo-o-vung-cao-1234.html */
            url: string;
            title: string;
            /** @description Sapo */
            lead: string;
            /** @example ĐBP */
            dateline: string;
            section: components["schemas"]["PublicSection"] | null;
            tags: string[];
            /**
             * @description The byline as printed; no user ids or emails
             * @example Bài, ảnh: Sầm Phúc
             */
            byline: string;
            /** Format: date-time */
            publishedAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @example 6548 */
            viewCount: number;
            image: components["schemas"]["PublicImage"] | null;
            /** @description Rendered body (server-sanitised HTML, figures included) */
            bodyHtml: string;
            seoTitle: string;
            seoDescription: string;
            wordCount: number;
            readingMinutes: number;
            /** Format: date-time */
            firstPublishedAt: string;
            corrections: components["schemas"]["PublicCorrection"][];
            /** @description Approved comments only */
            comments: components["schemas"]["PublicComment"][];
        };
        CreateCommentDto: {
            /** @example Nguyễn Văn A */
            name: string;
            /**
             * @description Plain text; HTML is shown as text
             * @example Bài viết hay.
             */
            body: string;
        };
        CommentCreated: {
            /** @enum {string} */
            status: "pending";
            /** @example Bình luận sẽ hiển thị sau khi được duyệt. */
            message: string;
        };
        ModerationComment: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            articleId: string;
            articleNumber: number;
            articleTitle: string;
            /** @description Public URL while published */
            articleUrl: string | null;
            name: string;
            body: string;
            /** @enum {string} */
            status: "pending" | "approved" | "rejected";
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            moderatedAt: string | null;
        };
        ModerationList: {
            items: components["schemas"]["ModerationComment"][];
            nextCursor: string | null;
        };
        CreateCorrectionDto: {
            /** @example Bài viết đã sửa tên xã Mường Phăng. */
            text: string;
        };
        CorrectionView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            articleId: string;
            text: string;
            /** Format: date-time */
            createdAt: string;
        };
        SectionView: {
            /** Format: uuid */
            id: string;
            /** @example Thời sự */
            name: string;
            /** @example thoi-su */
            slug: string;
            description: string;
            position: number;
            active: boolean;
            createdAt: string;
            updatedAt: string;
        };
        CreateSectionDto: {
            /** @example Thời sự */
            name: string;
            /** @description Generated from the name when left out */
            slug?: string;
            description?: string;
            position?: number;
            active?: boolean;
        };
        UpdateSectionDto: {
            name?: string;
            slug?: string;
            description?: string;
            position?: number;
            active?: boolean;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    UsersController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserView"][];
                };
            };
        };
    };
    UsersController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    UsersController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUserDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TokensController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenView"][];
                };
            };
        };
    };
    TokensController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTokenDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TokensController_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuditController_list: {
        parameters: {
            query?: {
                actorId?: string;
                /** @description Entity type, e.g. article, user, media */
                entity?: string;
                entityId?: string;
                /** @description Action, or a prefix ending in "." (article.) */
                action?: string;
                from?: string;
                to?: string;
                /** @description nextCursor of the previous page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPage"];
                };
            };
        };
    };
    AuditController_verify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditVerifyView"];
                };
            };
        };
    };
    HealthController_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    HealthController_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Health Check is successful */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example ok
                         * @enum {string}
                         */
                        status?: "ok" | "degraded";
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /** @example {} */
                        error?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description The Health Check is not successful */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example error
                         * @enum {string}
                         */
                        status?: "error" | "shutting_down";
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect",
                         *         "responseTime": 3005
                         *       }
                         *     }
                         */
                        error?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       },
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect",
                         *         "responseTime": 3005
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    AuthController_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeView"];
                };
            };
        };
    };
    AuthController_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuthController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeView"];
                };
            };
        };
    };
    AuthController_updateMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeView"];
                };
            };
        };
    };
    AuthController_sessions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionView"][];
                };
            };
        };
    };
    AuthController_endOtherSessions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ArticlesController_list: {
        parameters: {
            query?: {
                state?: "draft" | "in_review" | "changes_requested" | "scheduled" | "published" | "unpublished" | "trashed";
                /** @description Same as state */
                status?: "draft" | "in_review" | "changes_requested" | "scheduled" | "published" | "unpublished" | "trashed";
                authorId?: string;
                sectionId?: string;
                /** @description Diacritic-insensitive search */
                q?: string;
                /** @description updated at or after */
                from?: string;
                /** @description updated before */
                to?: string;
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticlePageView"];
                };
            };
        };
    };
    ArticlesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateArticleDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleView"];
                };
            };
        };
    };
    ArticlesController_stats: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleStatsView"];
                };
            };
        };
    };
    ArticlesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleView"];
                };
            };
        };
    };
    ArticlesController_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description The version being edited, e.g. "3" */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateArticleDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleView"];
                };
            };
            /** @description Someone saved a newer version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaleVersionView"];
                };
            };
        };
    };
    ArticlesController_transition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransitionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleView"];
                };
            };
        };
    };
    EditorialController_revisions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevisionSummaryView"][];
                };
            };
        };
    };
    EditorialController_revision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                n: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevisionView"];
                };
            };
        };
    };
    EditorialController_restore: {
        parameters: {
            query?: never;
            header?: {
                /** @description The version being replaced */
                "If-Match"?: string;
            };
            path: {
                id: string;
                n: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RestoreRevisionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleView"];
                };
            };
        };
    };
    EditorialController_diff: {
        parameters: {
            query?: {
                from?: number;
                to?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DiffView"];
                };
            };
        };
    };
    EditorialController_notes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoteView"][];
                };
            };
        };
    };
    EditorialController_addNote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateNoteDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoteView"];
                };
            };
        };
    };
    "EditorialController_presence[0]": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PresenceView"];
                };
            };
        };
    };
    "EditorialController_heartbeat[0]": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Heartbeat: I have the article open */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PresenceView"];
                };
            };
        };
    };
    "EditorialController_leave[0]": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description I closed the article */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "EditorialController_presence[1]": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PresenceView"];
                };
            };
        };
    };
    "EditorialController_heartbeat[1]": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Heartbeat: I have the article open */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PresenceView"];
                };
            };
        };
    };
    "EditorialController_leave[1]": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description I closed the article */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    EditorialController_history: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HistoryEntryView"][];
                };
            };
        };
    };
    MediaController_list: {
        parameters: {
            query?: {
                /** @description Search caption, credit and file name (no diacritics needed) */
                q?: string;
                uploaderId?: string;
                /** @description nextCursor of the previous page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MediaPage"];
                };
            };
        };
    };
    MediaController_upload: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file: string;
                };
            };
        };
        responses: {
            /** @description The same bytes were uploaded before */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MediaView"];
                };
            };
            /** @description A new photo */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MediaView"];
                };
            };
        };
    };
    MediaController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MediaView"];
                };
            };
        };
    };
    MediaController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MediaController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMediaDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MediaView"];
                };
            };
        };
    };
    MediaController_original: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PublicApiController_list: {
        parameters: {
            query?: {
                /** @description Section slug */
                section?: string;
                /** @description Tag (as written, or its slug) */
                tag?: string;
                /** @description Search words; diacritics optional */
                q?: string;
                /** @description nextCursor of the previous page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicArticleList"];
                };
            };
        };
    };
    PublicApiController_one: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicArticle"];
                };
            };
        };
    };
    CommentsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                number: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCommentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommentCreated"];
                };
            };
        };
    };
    CommentsController_list: {
        parameters: {
            query?: {
                status?: "pending" | "approved" | "rejected";
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModerationList"];
                };
            };
        };
    };
    CommentsController_approve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModerationComment"];
                };
            };
        };
    };
    CommentsController_reject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModerationComment"];
                };
            };
        };
    };
    CommentsController_corrections: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CorrectionView"][];
                };
            };
        };
    };
    CommentsController_addCorrection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCorrectionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CorrectionView"];
                };
            };
        };
    };
    PreviewController_preview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The working copy as the public site will render it (noindex, private, not cached) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description No such article, or the caller may not read it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SectionsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SectionView"][];
                };
            };
        };
    };
    SectionsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSectionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SectionView"];
                };
            };
        };
    };
    SectionsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSectionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SectionView"];
                };
            };
        };
    };
}
