/**
 * Types of the asc-assure API 1.0.0, generated from its OpenAPI document by
 * scripts/generate.ts (openapi-typescript). Do not edit by hand: run `npm run generate -w @asc-assure/client`.
 */

export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether the server and its database are up */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Up */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Health"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who you are signed in as, and your roles */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description You */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Principal"];
                    };
                };
                /** @description The request cannot be used: every problem is listed, nothing was changed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No token, or a token that is unknown, revoked or expired. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/councils": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The councils you have a role on */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Councils, by id */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CouncilList"];
                    };
                };
                /** @description The request cannot be used: every problem is listed, nothing was changed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No token, or a token that is unknown, revoked or expired. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/councils/{councilId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A council */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    councilId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The council */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Council"];
                    };
                };
                /** @description The request cannot be used: every problem is listed, nothing was changed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No token, or a token that is unknown, revoked or expired. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role on this council does not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such council, or one you have no role on (the two are not told apart), or no such record. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/hubs/{hubId}/councils": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a council to your hub
         * @description Adds the council to the store and to the hub, so the hub's administrators can act on it. Saving a council already in the hub renames it; a council id taken outside the hub is refused (409).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    hubId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewCouncil"];
                };
            };
            responses: {
                /** @description The council */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Council"];
                    };
                };
                /** @description The request cannot be used: every problem is listed, nothing was changed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No token, or a token that is unknown, revoked or expired. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role on this council does not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such council, or one you have no role on (the two are not told apart), or no such record. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Refused: the assessment cannot take this now, or the record exists already. Nothing was changed. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/councils/{councilId}/assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The council's assessments */
        get: {
            parameters: {
                query?: {
                    /** @description How many items to return (1 to 1000, default 100). */
                    limit?: number;
                    /** @description The `nextCursor` of the previous page; leave out for the first page. */
                    cursor?: string;
                };
                header?: never;
                path: {
                    councilId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of assessments, by id */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AssessmentPage"];
                    };
                };
                /** @description The request cannot be used: every problem is listed, nothing was changed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No token, or a token that is unknown, revoked or expired. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role on this council does not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such council, or one you have no role on (the two are not told apart), or no such record. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Start tracking an assessment
         * @description The assessment waits for CQC's notice. Settings left out take the framework's defaults (deadline rules, reminders, case-tracking numbers).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    councilId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewAssessment"];
                };
            };
            responses: {
                /** @description The assessment */
                201: {
                    headers: {
                        /** @description The version of the record, to send back in `If-Match` when changing it. */
                        ETag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Assessment"];
                    };
                };
                /** @description The request cannot be used: every problem is listed, nothing was changed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No token, or a token that is unknown, revoked or expired. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role on this council does not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such council, or one you have no role on (the two are not told apart), or no such record. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Refused: the assessment cannot take this now, or the record exists already. Nothing was changed. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/councils/{councilId}/assessments/{assessmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An assessment: its stage, deadlines and the events it can take now */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    councilId: string;
                    assessmentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The assessment */
                200: {
                    headers: {
                        /** @description The version of the record, to send back in `If-Match` when changing it. */
                        ETag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Assessment"];
                    };
                };
                /** @description Not changed since the ETag in If-None-Match */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The request cannot be used: every problem is listed, nothing was changed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No token, or a token that is unknown, revoked or expired. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role on this council does not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such council, or one you have no role on (the two are not told apart), or no such record. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/councils/{councilId}/assessments/{assessmentId}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What has happened so far, oldest first */
        get: {
            parameters: {
                query?: {
                    /** @description How many items to return (1 to 1000, default 100). */
                    limit?: number;
                    /** @description The `nextCursor` of the previous page; leave out for the first page. */
                    cursor?: string;
                };
                header?: never;
                path: {
                    councilId: string;
                    assessmentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of recorded events */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RecordedEventPage"];
                    };
                };
                /** @description The request cannot be used: every problem is listed, nothing was changed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No token, or a token that is unknown, revoked or expired. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role on this council does not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such council, or one you have no role on (the two are not told apart), or no such record. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Record what happened (CQC notice received, Information Return submitted, ...)
         * @description The event goes through the lifecycle: one the assessment cannot take now is refused with 409, its reason and the events allowed instead, and nothing changes. `actor` is set to you. Send the assessment's ETag in `If-Match` to be refused (412) if someone else recorded an event since you looked.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Optional: the assessment ETag last read. */
                    "if-match"?: string;
                };
                path: {
                    councilId: string;
                    assessmentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AssessmentEvent"];
                };
            };
            responses: {
                /** @description The assessment after the event */
                201: {
                    headers: {
                        /** @description The version of the record, to send back in `If-Match` when changing it. */
                        ETag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Assessment"];
                    };
                };
                /** @description The request cannot be used: every problem is listed, nothing was changed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No token, or a token that is unknown, revoked or expired. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role on this council does not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such council, or one you have no role on (the two are not told apart), or no such record. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Refused: the assessment cannot take this now, or the record exists already. Nothing was changed. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Refused: the assessment cannot take this now, or the record exists already. Nothing was changed. */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/councils/{councilId}/assessments/{assessmentId}/deadlines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The deadlines armed so far, with reminder dates and working days left */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    councilId: string;
                    assessmentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deadlines, soonest first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DeadlineList"];
                    };
                };
                /** @description The request cannot be used: every problem is listed, nothing was changed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No token, or a token that is unknown, revoked or expired. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role on this council does not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such council, or one you have no role on (the two are not told apart), or no such record. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/hubs/{hubId}/assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every assessment of the hub's councils */
        get: {
            parameters: {
                query?: {
                    /** @description How many items to return (1 to 1000, default 100). */
                    limit?: number;
                    /** @description The `nextCursor` of the previous page; leave out for the first page. */
                    cursor?: string;
                };
                header?: never;
                path: {
                    hubId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of assessments, by council then id */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["HubAssessmentPage"];
                    };
                };
                /** @description The request cannot be used: every problem is listed, nothing was changed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No token, or a token that is unknown, revoked or expired. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role on this council does not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such council, or one you have no role on (the two are not told apart), or no such record. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/councils/{councilId}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The evidence bank, a page at a time */
        get: {
            parameters: {
                query?: {
                    /** @description Only items mapped to this quality statement. */
                    qualityStatementId?: string;
                    /** @description Only items in this evidence category. */
                    evidenceCategoryId?: string;
                    owner?: string;
                    tag?: string;
                    /** @description Only items due for review on or before this day. */
                    reviewByOnOrBefore?: string;
                    /** @description How many items to return (1 to 1000, default 100). */
                    limit?: number;
                    /** @description The `nextCursor` of the previous page; leave out for the first page. */
                    cursor?: string;
                };
                header?: never;
                path: {
                    councilId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of evidence items, by id */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EvidenceItemPage"];
                    };
                };
                /** @description The request cannot be used: every problem is listed, nothing was changed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No token, or a token that is unknown, revoked or expired. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role on this council does not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such council, or one you have no role on (the two are not told apart), or no such record. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Add an evidence item */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    councilId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewEvidenceItem"];
                };
            };
            responses: {
                /** @description The item added */
                201: {
                    headers: {
                        /** @description The version of the record, to send back in `If-Match` when changing it. */
                        ETag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EvidenceItem"];
                    };
                };
                /** @description The request cannot be used: every problem is listed, nothing was changed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No token, or a token that is unknown, revoked or expired. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role on this council does not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such council, or one you have no role on (the two are not told apart), or no such record. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Refused: the assessment cannot take this now, or the record exists already. Nothing was changed. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/councils/{councilId}/evidence/{evidenceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An evidence item */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    councilId: string;
                    evidenceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The item */
                200: {
                    headers: {
                        /** @description The version of the record, to send back in `If-Match` when changing it. */
                        ETag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EvidenceItem"];
                    };
                };
                /** @description Not changed since the ETag in If-None-Match */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The request cannot be used: every problem is listed, nothing was changed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No token, or a token that is unknown, revoked or expired. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role on this council does not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such council, or one you have no role on (the two are not told apart), or no such record. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Remove an evidence item */
        delete: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The ETag last read (required: 428 without it, 412 when stale). */
                    "if-match"?: string;
                };
                path: {
                    councilId: string;
                    evidenceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Removed */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The request cannot be used: every problem is listed, nothing was changed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No token, or a token that is unknown, revoked or expired. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role on this council does not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such council, or one you have no role on (the two are not told apart), or no such record. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record changed since you read it (your `If-Match` is stale): nothing was changed. */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An update must send `If-Match` with the ETag last read. */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Change an evidence item
         * @description Send the ETag you read in `If-Match`. The changed item must still be a valid evidence item.
         */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The ETag last read (required: 428 without it, 412 when stale). */
                    "if-match"?: string;
                };
                path: {
                    councilId: string;
                    evidenceId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["EvidenceItemChanges"];
                };
            };
            responses: {
                /** @description The item as changed */
                200: {
                    headers: {
                        /** @description The version of the record, to send back in `If-Match` when changing it. */
                        ETag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EvidenceItem"];
                    };
                };
                /** @description The request cannot be used: every problem is listed, nothing was changed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No token, or a token that is unknown, revoked or expired. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role on this council does not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such council, or one you have no role on (the two are not told apart), or no such record. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record changed since you read it (your `If-Match` is stale): nothing was changed. */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An update must send `If-Match` with the ETag last read. */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/councils/{councilId}/evidence/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import an evidence bank file (CSV or Excel)
         * @description Every row is checked with the framework's evidence item rules first. If any row has a problem, nothing is saved and every problem is listed with its spreadsheet row (`path: ["rows", 14, "reviewBy"]`). Otherwise, in one transaction, items whose id is already in the bank are updated and the rest added. Headings as the evidence bank export writes them, or the names councils use ("Review date", "Link", ...); an item without an id gets one from its title and start date, so importing the same file again updates the same items.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    councilId: string;
                };
                cookie?: never;
            };
            /** @description The file itself, as the body (not a form): CSV (UTF-8) or an Excel workbook (the first sheet is read). Headings in the first row. */
            requestBody: {
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            responses: {
                /** @description What the import changed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EvidenceImportResult"];
                    };
                };
                /** @description The request cannot be used: every problem is listed, nothing was changed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No token, or a token that is unknown, revoked or expired. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role on this council does not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such council, or one you have no role on (the two are not told apart), or no such record. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is larger than the API accepts. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not in a format this operation accepts. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/councils/{councilId}/self-assessment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The self-assessment, one statement per quality statement */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    councilId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The statements written so far, by quality statement id */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SelfAssessment"];
                    };
                };
                /** @description The request cannot be used: every problem is listed, nothing was changed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No token, or a token that is unknown, revoked or expired. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role on this council does not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such council, or one you have no role on (the two are not told apart), or no such record. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/councils/{councilId}/self-assessment/{qualityStatementId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The self-assessment of one quality statement */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    councilId: string;
                    qualityStatementId: "assessing-needs" | "supporting-healthier-lives" | "equity-in-experience-and-outcomes" | "care-provision-integration-continuity" | "partnerships-and-communities" | "safe-systems-pathways-transitions" | "safeguarding" | "governance-management-sustainability" | "learning-improvement-innovation";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The statement */
                200: {
                    headers: {
                        /** @description The version of the record, to send back in `If-Match` when changing it. */
                        ETag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SelfAssessmentStatement"];
                    };
                };
                /** @description Not changed since the ETag in If-None-Match */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The request cannot be used: every problem is listed, nothing was changed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No token, or a token that is unknown, revoked or expired. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role on this council does not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such council, or one you have no role on (the two are not told apart), or no such record. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /**
         * Write or rewrite the self-assessment of one quality statement
         * @description The first save needs no `If-Match`. Once the statement exists, send the ETag you read in `If-Match` (428 without it, 412 if someone else saved since). The day of the change is recorded as `updatedOn`.
         */
        put: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The ETag last read; required once the statement exists. */
                    "if-match"?: string;
                };
                path: {
                    councilId: string;
                    qualityStatementId: "assessing-needs" | "supporting-healthier-lives" | "equity-in-experience-and-outcomes" | "care-provision-integration-continuity" | "partnerships-and-communities" | "safe-systems-pathways-transitions" | "safeguarding" | "governance-management-sustainability" | "learning-improvement-innovation";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SelfAssessmentStatementBody"];
                };
            };
            responses: {
                /** @description The statement as saved */
                200: {
                    headers: {
                        /** @description The version of the record, to send back in `If-Match` when changing it. */
                        ETag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SelfAssessmentStatement"];
                    };
                };
                /** @description The statement, written for the first time */
                201: {
                    headers: {
                        /** @description The version of the record, to send back in `If-Match` when changing it. */
                        ETag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SelfAssessmentStatement"];
                    };
                };
                /** @description The request cannot be used: every problem is listed, nothing was changed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No token, or a token that is unknown, revoked or expired. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role on this council does not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such council, or one you have no role on (the two are not told apart), or no such record. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record changed since you read it (your `If-Match` is stale): nothing was changed. */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An update must send `If-Match` with the ETag last read. */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/councils/{councilId}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The action plan, by due date */
        get: {
            parameters: {
                query?: {
                    status?: "planned" | "in-progress" | "done";
                    assessmentId?: string;
                    /** @description How many items to return (1 to 1000, default 100). */
                    limit?: number;
                    /** @description The `nextCursor` of the previous page; leave out for the first page. */
                    cursor?: string;
                };
                header?: never;
                path: {
                    councilId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of actions */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ActionPage"];
                    };
                };
                /** @description The request cannot be used: every problem is listed, nothing was changed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No token, or a token that is unknown, revoked or expired. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role on this council does not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such council, or one you have no role on (the two are not told apart), or no such record. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Add an action */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    councilId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewAction"];
                };
            };
            responses: {
                /** @description The action added */
                201: {
                    headers: {
                        /** @description The version of the record, to send back in `If-Match` when changing it. */
                        ETag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Action"];
                    };
                };
                /** @description The request cannot be used: every problem is listed, nothing was changed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No token, or a token that is unknown, revoked or expired. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role on this council does not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such council, or one you have no role on (the two are not told apart), or no such record. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Refused: the assessment cannot take this now, or the record exists already. Nothing was changed. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/councils/{councilId}/actions/{actionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An action */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    councilId: string;
                    actionId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The action */
                200: {
                    headers: {
                        /** @description The version of the record, to send back in `If-Match` when changing it. */
                        ETag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Action"];
                    };
                };
                /** @description Not changed since the ETag in If-None-Match */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The request cannot be used: every problem is listed, nothing was changed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No token, or a token that is unknown, revoked or expired. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role on this council does not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such council, or one you have no role on (the two are not told apart), or no such record. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Remove an action */
        delete: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The ETag last read (required: 428 without it, 412 when stale). */
                    "if-match"?: string;
                };
                path: {
                    councilId: string;
                    actionId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Removed */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The request cannot be used: every problem is listed, nothing was changed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No token, or a token that is unknown, revoked or expired. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role on this council does not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such council, or one you have no role on (the two are not told apart), or no such record. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record changed since you read it (your `If-Match` is stale): nothing was changed. */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An update must send `If-Match` with the ETag last read. */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Change an action
         * @description Send the ETag you read in `If-Match`. Marking an action done records today as the day it was completed.
         */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The ETag last read (required: 428 without it, 412 when stale). */
                    "if-match"?: string;
                };
                path: {
                    councilId: string;
                    actionId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ActionChanges"];
                };
            };
            responses: {
                /** @description The action as changed */
                200: {
                    headers: {
                        /** @description The version of the record, to send back in `If-Match` when changing it. */
                        ETag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Action"];
                    };
                };
                /** @description The request cannot be used: every problem is listed, nothing was changed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No token, or a token that is unknown, revoked or expired. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role on this council does not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such council, or one you have no role on (the two are not told apart), or no such record. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record changed since you read it (your `If-Match` is stale): nothing was changed. */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An update must send `If-Match` with the ETag last read. */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/councils/{councilId}/risks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The risk register, highest rating first */
        get: {
            parameters: {
                query?: {
                    status?: "open" | "mitigated" | "closed";
                    /** @description How many items to return (1 to 1000, default 100). */
                    limit?: number;
                    /** @description The `nextCursor` of the previous page; leave out for the first page. */
                    cursor?: string;
                };
                header?: never;
                path: {
                    councilId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of risks */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RiskPage"];
                    };
                };
                /** @description The request cannot be used: every problem is listed, nothing was changed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No token, or a token that is unknown, revoked or expired. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role on this council does not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such council, or one you have no role on (the two are not told apart), or no such record. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Add a risk */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    councilId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewRisk"];
                };
            };
            responses: {
                /** @description The risk added */
                201: {
                    headers: {
                        /** @description The version of the record, to send back in `If-Match` when changing it. */
                        ETag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Risk"];
                    };
                };
                /** @description The request cannot be used: every problem is listed, nothing was changed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No token, or a token that is unknown, revoked or expired. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role on this council does not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such council, or one you have no role on (the two are not told apart), or no such record. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Refused: the assessment cannot take this now, or the record exists already. Nothing was changed. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/councils/{councilId}/risks/{riskId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A risk */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    councilId: string;
                    riskId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The risk */
                200: {
                    headers: {
                        /** @description The version of the record, to send back in `If-Match` when changing it. */
                        ETag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Risk"];
                    };
                };
                /** @description Not changed since the ETag in If-None-Match */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The request cannot be used: every problem is listed, nothing was changed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No token, or a token that is unknown, revoked or expired. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role on this council does not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such council, or one you have no role on (the two are not told apart), or no such record. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Remove a risk */
        delete: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The ETag last read (required: 428 without it, 412 when stale). */
                    "if-match"?: string;
                };
                path: {
                    councilId: string;
                    riskId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Removed */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The request cannot be used: every problem is listed, nothing was changed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No token, or a token that is unknown, revoked or expired. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role on this council does not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such council, or one you have no role on (the two are not told apart), or no such record. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record changed since you read it (your `If-Match` is stale): nothing was changed. */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An update must send `If-Match` with the ETag last read. */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Change a risk
         * @description Send the ETag you read in `If-Match`.
         */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The ETag last read (required: 428 without it, 412 when stale). */
                    "if-match"?: string;
                };
                path: {
                    councilId: string;
                    riskId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RiskChanges"];
                };
            };
            responses: {
                /** @description The risk as changed */
                200: {
                    headers: {
                        /** @description The version of the record, to send back in `If-Match` when changing it. */
                        ETag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Risk"];
                    };
                };
                /** @description The request cannot be used: every problem is listed, nothing was changed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No token, or a token that is unknown, revoked or expired. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role on this council does not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such council, or one you have no role on (the two are not told apart), or no such record. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record changed since you read it (your `If-Match` is stale): nothing was changed. */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An update must send `If-Match` with the ETag last read. */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/councils/{councilId}/assessments/{assessmentId}/information-return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The Information Return checklist with progress */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    councilId: string;
                    assessmentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every item, its status and owner, and the due date once CQC has asked */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InformationReturnChecklist"];
                    };
                };
                /** @description The request cannot be used: every problem is listed, nothing was changed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No token, or a token that is unknown, revoked or expired. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role on this council does not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such council, or one you have no role on (the two are not told apart), or no such record. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/councils/{councilId}/assessments/{assessmentId}/information-return/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Record progress on one Information Return item */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    councilId: string;
                    assessmentId: string;
                    itemId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["InformationReturnProgress"];
                };
            };
            responses: {
                /** @description The item with its progress */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InformationReturnItem"];
                    };
                };
                /** @description The request cannot be used: every problem is listed, nothing was changed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No token, or a token that is unknown, revoked or expired. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role on this council does not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such council, or one you have no role on (the two are not told apart), or no such record. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/councils/{councilId}/assessments/{assessmentId}/case-list/proposal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Propose the people for CQC's case-tracking list from an extract
         * @description Send the extract as JSON rows. The people are spread across cohorts, characteristics and higher-risk flags; the list is pseudonymised with the council's key and saved (replacing an earlier proposal). Person ids never leave the request: only pseudonymised ids are stored or returned. A row that cannot be used is listed with its index, and nothing is saved.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    councilId: string;
                    assessmentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CaseListProposalRequest"];
                };
            };
            responses: {
                /** @description The proposal (pseudonymised) */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CaseListProposal"];
                    };
                };
                /** @description The request cannot be used: every problem is listed, nothing was changed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No token, or a token that is unknown, revoked or expired. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role on this council does not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such council, or one you have no role on (the two are not told apart), or no such record. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/councils/{councilId}/assessments/{assessmentId}/case-list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The saved case-tracking list (pseudonymised) and its last check */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    councilId: string;
                    assessmentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The list */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CaseList"];
                    };
                };
                /** @description The request cannot be used: every problem is listed, nothing was changed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No token, or a token that is unknown, revoked or expired. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role on this council does not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such council, or one you have no role on (the two are not told apart), or no such record. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/councils/{councilId}/assessments/{assessmentId}/case-list/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check a filled-in case-tracking list before it goes to CQC
         * @description Every problem, with the record and field it is in. The outcome is saved on the stored list and in the audit log; the records sent are not stored.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    councilId: string;
                    assessmentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CaseListCheckRequest"];
                };
            };
            responses: {
                /** @description The check */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CaseListCheck"];
                    };
                };
                /** @description The request cannot be used: every problem is listed, nothing was changed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No token, or a token that is unknown, revoked or expired. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role on this council does not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such council, or one you have no role on (the two are not told apart), or no such record. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/councils/{councilId}/assessments/{assessmentId}/case-list/selection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record CQC's selection: the people it will track and the reserves
         * @description Recorded as the lifecycle event `cases.selected` (the counts must match the assessment settings).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    councilId: string;
                    assessmentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CaseSelectionRequest"];
                };
            };
            responses: {
                /** @description The assessment after the event */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Assessment"];
                    };
                };
                /** @description The request cannot be used: every problem is listed, nothing was changed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No token, or a token that is unknown, revoked or expired. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role on this council does not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such council, or one you have no role on (the two are not told apart), or no such record. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Refused: the assessment cannot take this now, or the record exists already. Nothing was changed. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/councils/{councilId}/assessments/{assessmentId}/case-list/consent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a selected person's consent to be contacted, or refusal
         * @description Recorded as the lifecycle event `consent.recorded`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    councilId: string;
                    assessmentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ConsentRequest"];
                };
            };
            responses: {
                /** @description The assessment after the event */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Assessment"];
                    };
                };
                /** @description The request cannot be used: every problem is listed, nothing was changed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No token, or a token that is unknown, revoked or expired. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role on this council does not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such council, or one you have no role on (the two are not told apart), or no such record. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Refused: the assessment cannot take this now, or the record exists already. Nothing was changed. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/councils/{councilId}/readiness": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How ready the council is: evidence coverage, findings, readiness score and predicted rating */
        get: {
            parameters: {
                query?: {
                    /** @description Compare with this assessment's published result, once there is one. */
                    assessmentId?: string;
                    /** @description Judge readiness on this day (default today). */
                    asOf?: string;
                    /** @description How many items each attention list (stale, expired, review due soon) shows; default 50. The counts in `report.counts` are always complete. */
                    attentionItems?: number | null;
                };
                header?: never;
                path: {
                    councilId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The readiness report */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Readiness"];
                    };
                };
                /** @description The request cannot be used: every problem is listed, nothing was changed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No token, or a token that is unknown, revoked or expired. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role on this council does not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such council, or one you have no role on (the two are not told apart), or no such record. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The overall rating nine quality statement scores give, and what would move it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RatingRequest"];
                };
            };
            responses: {
                /** @description The rating */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Rating"];
                    };
                };
                /** @description The request cannot be used: every problem is listed, nothing was changed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No token, or a token that is unknown, revoked or expired. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/councils/{councilId}/assessments/{assessmentId}/published-result": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** CQC's published result of the assessment */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    councilId: string;
                    assessmentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The published result */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PublishedResult"];
                    };
                };
                /** @description The request cannot be used: every problem is listed, nothing was changed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No token, or a token that is unknown, revoked or expired. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role on this council does not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such council, or one you have no role on (the two are not told apart), or no such record. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /**
         * Record CQC's published result (or correct it)
         * @description For an assessment whose lifecycle was not tracked to the end here; recording `report.published` as an event does the same.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    councilId: string;
                    assessmentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PublishedResultBody"];
                };
            };
            responses: {
                /** @description The published result as saved */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PublishedResult"];
                    };
                };
                /** @description The request cannot be used: every problem is listed, nothing was changed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No token, or a token that is unknown, revoked or expired. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role on this council does not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such council, or one you have no role on (the two are not told apart), or no such record. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/councils/{councilId}/assessments/{assessmentId}/comparison": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The self-assessment beside CQC's published result */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    councilId: string;
                    assessmentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Statement by statement and overall */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ScoreComparison"];
                    };
                };
                /** @description The request cannot be used: every problem is listed, nothing was changed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No token, or a token that is unknown, revoked or expired. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role on this council does not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such council, or one you have no role on (the two are not told apart), or no such record. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The self-assessment has no score yet for some statements. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
                /** @description Too many requests: wait for `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/councils/{councilId}/exports/self-assessment.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The self-assessment as a Word document */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    councilId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The document */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    };
                };
                /** @description The request cannot be used: every problem is listed, nothing was changed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No token, or a token that is unknown, revoked or expired. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role on this council does not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such council, or one you have no role on (the two are not told apart), or no such record. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/councils/{councilId}/exports/evidence.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The evidence bank as an Excel workbook (it imports back unchanged) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    councilId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The workbook */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description The request cannot be used: every problem is listed, nothing was changed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No token, or a token that is unknown, revoked or expired. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role on this council does not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such council, or one you have no role on (the two are not told apart), or no such record. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/councils/{councilId}/exports/action-plan.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The action plan as an Excel workbook, with progress today */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    councilId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The workbook */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description The request cannot be used: every problem is listed, nothing was changed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No token, or a token that is unknown, revoked or expired. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role on this council does not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such council, or one you have no role on (the two are not told apart), or no such record. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/councils/{councilId}/exports/readiness.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The readiness report as a PDF */
        get: {
            parameters: {
                query?: {
                    assessmentId?: string;
                };
                header?: never;
                path: {
                    councilId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The report */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                    };
                };
                /** @description The request cannot be used: every problem is listed, nothing was changed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No token, or a token that is unknown, revoked or expired. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role on this council does not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such council, or one you have no role on (the two are not told apart), or no such record. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/councils/{councilId}/exports/readiness.html": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The readiness report as a self-contained web page */
        get: {
            parameters: {
                query?: {
                    assessmentId?: string;
                };
                header?: never;
                path: {
                    councilId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The page */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/html": string;
                    };
                };
                /** @description The request cannot be used: every problem is listed, nothing was changed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No token, or a token that is unknown, revoked or expired. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role on this council does not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such council, or one you have no role on (the two are not told apart), or no such record. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/councils/{councilId}/assessments/{assessmentId}/deadlines.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The deadlines as a calendar (iCalendar) with reminders
         * @description Subscribe to it, or import it into Outlook or Google Calendar: event ids are stable, so importing again replaces the old events.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    councilId: string;
                    assessmentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The calendar */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/calendar": string;
                    };
                };
                /** @description The request cannot be used: every problem is listed, nothing was changed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No token, or a token that is unknown, revoked or expired. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role on this council does not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such council, or one you have no role on (the two are not told apart), or no such record. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/councils/{councilId}/assessments/{assessmentId}/exports/case-list.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The pseudonymised case list as the Excel workbook CQC receives, refused if it holds personal data
         * @description Every value of every record is scanned for personal data (names, addresses, NHS and National Insurance numbers, phone numbers, personal email addresses...). If anything is found the workbook is not written: 409 with each finding, its record and field (the value masked). The export, or its refusal, is recorded in the audit log.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    councilId: string;
                    assessmentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The workbook */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description The request cannot be used: every problem is listed, nothing was changed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No token, or a token that is unknown, revoked or expired. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role on this council does not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such council, or one you have no role on (the two are not told apart), or no such record. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Refused: the assessment cannot take this now, or the record exists already. Nothing was changed. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/councils/{councilId}/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The council's audit log, oldest first: who changed what, and when */
        get: {
            parameters: {
                query?: {
                    /** @description How many items to return (1 to 1000, default 100). */
                    limit?: number;
                    /** @description The `nextCursor` of the previous page; leave out for the first page. */
                    cursor?: string;
                };
                header?: never;
                path: {
                    councilId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of audit entries */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AuditEntryPage"];
                    };
                };
                /** @description The request cannot be used: every problem is listed, nothing was changed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No token, or a token that is unknown, revoked or expired. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role on this council does not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such council, or one you have no role on (the two are not told apart), or no such record. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/hubs/{hubId}/audit/verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check that the whole audit log is exactly as written
         * @description Walks the hash chain of every entry (all councils share one chain). Pass the head kept from an earlier check to catch entries removed from the end.
         */
        get: {
            parameters: {
                query?: {
                    expectedHeadSequence?: number;
                    expectedHeadHash?: string;
                };
                header?: never;
                path: {
                    hubId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The outcome */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AuditVerification"];
                    };
                };
                /** @description The request cannot be used: every problem is listed, nothing was changed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No token, or a token that is unknown, revoked or expired. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role on this council does not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such council, or one you have no role on (the two are not told apart), or no such record. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/councils/{councilId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The roles people hold on the council (hub-wide roles are the hub's) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    councilId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Memberships */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MembershipList"];
                    };
                };
                /** @description The request cannot be used: every problem is listed, nothing was changed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No token, or a token that is unknown, revoked or expired. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role on this council does not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such council, or one you have no role on (the two are not told apart), or no such record. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Give someone a role on the council (replacing the role they had) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    councilId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewMembership"];
                };
            };
            responses: {
                /** @description The membership */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Membership"];
                    };
                };
                /** @description The request cannot be used: every problem is listed, nothing was changed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No token, or a token that is unknown, revoked or expired. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role on this council does not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such council, or one you have no role on (the two are not told apart), or no such record. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/councils/{councilId}/members/{membershipId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Take a role away */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    councilId: string;
                    membershipId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Removed */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The request cannot be used: every problem is listed, nothing was changed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No token, or a token that is unknown, revoked or expired. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role on this council does not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such council, or one you have no role on (the two are not told apart), or no such record. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/councils/{councilId}/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The council's API tokens (never the tokens themselves) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    councilId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Tokens, newest first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiTokenList"];
                    };
                };
                /** @description The request cannot be used: every problem is listed, nothing was changed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No token, or a token that is unknown, revoked or expired. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role on this council does not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such council, or one you have no role on (the two are not told apart), or no such record. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Issue an API token for the council
         * @description The token is in this response and nowhere else: the server keeps only its SHA-256. Keep it like a password.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    councilId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewApiToken"];
                };
            };
            responses: {
                /** @description The token, shown once */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CreatedApiToken"];
                    };
                };
                /** @description The request cannot be used: every problem is listed, nothing was changed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No token, or a token that is unknown, revoked or expired. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role on this council does not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such council, or one you have no role on (the two are not told apart), or no such record. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/councils/{councilId}/tokens/{tokenId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API token (at once, on this server; within 30 seconds on others) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    councilId: string;
                    tokenId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Revoked */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The request cannot be used: every problem is listed, nothing was changed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No token, or a token that is unknown, revoked or expired. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role on this council does not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such council, or one you have no role on (the two are not told apart), or no such record. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for `Retry-After` seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Health: {
            /** @enum {string} */
            status: "ok";
            /** @enum {string} */
            database: "pglite" | "postgres";
        };
        Principal: {
            /**
             * @description The id the audit log records for you.
             * @example user:alice
             */
            id: string;
            displayName: string;
            /** @enum {string} */
            via: "api-token" | "oidc";
            grants: {
                /** @enum {string} */
                role: "hub-admin" | "council-admin" | "contributor" | "reader" | "peer-reviewer";
                councilId: string | null;
                hubId: string | null;
                expiresOn: string | null;
                /** @description False once the grant has expired. */
                current: boolean;
            }[];
        };
        Error: {
            error: {
                /**
                 * @description Stable: programs switch on it.
                 * @example precondition-failed
                 */
                code: string;
                /** @description Plain English, to show as it is. */
                message: string;
                problems?: components["schemas"]["Problem"][];
                /** @description For a refused lifecycle event: the events the assessment can take now. */
                allowedEvents?: string[];
                /** @description For a server fault: quote it to your administrator. */
                requestId?: string;
            };
        };
        Problem: {
            /** @example schema-too_small */
            code: string;
            /**
             * @example [
             *       "title"
             *     ]
             */
            path: (string | number)[];
            /** @example title: the title cannot be empty */
            message: string;
        };
        CouncilList: {
            items: components["schemas"]["Council"][];
        };
        Council: {
            /** @example gloucestershire */
            id: string;
            /** @example Gloucestershire County Council */
            name: string;
            createdAt: string;
            /**
             * @description Your role on this council.
             * @enum {string}
             */
            role: "hub-admin" | "council-admin" | "contributor" | "reader" | "peer-reviewer";
        };
        NewCouncil: {
            id: string;
            name: string;
        };
        AssessmentPage: {
            items: components["schemas"]["AssessmentSummary"][];
            nextCursor: string | null;
        };
        AssessmentSummary: {
            assessmentId: string;
            councilId: string;
            councilName: string;
            stateId: string;
            stage: number;
            stateLabel: string;
            nextDeadline: {
                id: string;
                title: string;
                /** @example 2025-04-01 */
                dueDate: string;
                status: string;
            } | null;
            version: number;
        };
        Assessment: {
            assessmentId: string;
            councilId: string;
            councilName: string;
            /** @enum {string} */
            stateId: "awaiting-notice" | "information-return" | "case-tracking" | "onsite" | "awaiting-draft-report" | "factual-accuracy" | "published" | "withdrawn";
            /** @description Stage 1 to 6 of CQC's assessment. */
            stage: number;
            stateLabel: string;
            /** @description Events applied so far; the ETag is `"v<version>"`. */
            version: number;
            nextDeadline: components["schemas"]["Deadline"];
            deadlines: components["schemas"]["Deadline"][];
            allowedEvents: string[];
            /** @description Everything the lifecycle remembers: dates, counts, consents. */
            context: {
                [key: string]: unknown;
            };
            /** @description The assessment settings (deadline rules, case-tracking numbers...). */
            config: {
                [key: string]: unknown;
            };
        };
        Deadline: {
            /** @example information-return */
            id: string;
            title: string;
            /** @enum {string} */
            kind: "due" | "earliest";
            /** @example 2025-04-01 */
            dueDate: string;
            /** @example 2025-04-01 */
            anchorDate: string;
            /** @enum {string} */
            status: "open" | "met" | "missed" | "cancelled";
            /** @example 2025-04-01 */
            closedOn: string | null;
            moved: boolean;
            /** @example 2025-04-01 */
            plannedOn: string;
            /** @description The working days reminders go out. */
            reminderDates: string[];
            /** @description Working days from today (negative once passed); null unless open and due. */
            workingDaysLeft: number | null;
        } | null;
        NewAssessment: {
            /** @example glos-2024 */
            assessmentId: string;
            settings?: components["schemas"]["AssessmentSettings"];
        };
        AssessmentSettings: {
            /**
             * @default quality-statement
             * @enum {string}
             */
            scoringMethod?: "evidence-category" | "quality-statement";
            /** @default {} */
            deadlineRules?: {
                "information-return"?: {
                    amount?: number;
                    /** @enum {string} */
                    unit?: "working-days" | "calendar-days" | "weeks";
                };
                "case-list"?: {
                    amount?: number;
                    /** @enum {string} */
                    unit?: "working-days" | "calendar-days" | "weeks";
                };
                "case-tracking-interviews"?: {
                    amount?: number;
                    /** @enum {string} */
                    unit?: "working-days" | "calendar-days" | "weeks";
                };
                "onsite-earliest"?: {
                    amount?: number;
                    /** @enum {string} */
                    unit?: "working-days" | "calendar-days" | "weeks";
                };
                "factual-accuracy"?: {
                    amount?: number;
                    /** @enum {string} */
                    unit?: "working-days" | "calendar-days" | "weeks";
                };
            };
            /**
             * @default [
             *       5,
             *       2,
             *       1
             *     ]
             */
            reminderOffsetsWorkingDays?: number[];
            /** @default [] */
            closureDays?: string[];
            /**
             * @default {
             *       "listSize": 50,
             *       "selected": 10,
             *       "tracked": 6,
             *       "reserves": 4
             *     }
             */
            caseTracking?: {
                /** @default 50 */
                listSize?: number;
                /** @default 10 */
                selected?: number;
                /** @default 6 */
                tracked?: number;
                /** @default 4 */
                reserves?: number;
            };
        };
        RecordedEventPage: {
            items: components["schemas"]["RecordedEvent"][];
            nextCursor: string | null;
        };
        RecordedEvent: {
            sequence: number;
            event: {
                [key: string]: unknown;
            };
            /** @example 2025-03-04T09:30:00.000Z */
            recordedAt: string | null;
            stateIdAfter: string;
        };
        AssessmentEvent: {
            /** @enum {string} */
            type: "notice.received";
            date: string;
            note?: string;
            actor?: string;
            irRequestedOn?: string;
        } | {
            /** @enum {string} */
            type: "data-review.checked";
            date: string;
            note?: string;
            actor?: string;
        } | {
            /** @enum {string} */
            type: "information-return.submitted";
            date: string;
            note?: string;
            actor?: string;
            documentCount?: number;
        } | {
            /** @enum {string} */
            type: "site-visit.notified";
            date: string;
            note?: string;
            actor?: string;
            onsiteStartsOn: string;
            onsiteEndsOn: string;
            /** @description Set when CQC has confirmed a date the usual rules would refuse (CQC decides its own timetable). */
            cqcConfirmed?: boolean;
        } | {
            /** @enum {string} */
            type: "case-list.submitted";
            date: string;
            note?: string;
            actor?: string;
            count: number;
        } | {
            /** @enum {string} */
            type: "cases.selected";
            date: string;
            note?: string;
            actor?: string;
            trackedIds: string[];
            reserveIds: string[];
        } | {
            /** @enum {string} */
            type: "consent.recorded";
            date: string;
            note?: string;
            actor?: string;
            pseudonymisedId: string;
            /** @enum {string} */
            consent: "given" | "refused";
        } | {
            /** @enum {string} */
            type: "onsite.started";
            date: string;
            note?: string;
            actor?: string;
            /** @description Set when CQC has confirmed a date the usual rules would refuse (CQC decides its own timetable). */
            cqcConfirmed?: boolean;
        } | {
            /** @enum {string} */
            type: "onsite.finished";
            date: string;
            note?: string;
            actor?: string;
        } | {
            /** @enum {string} */
            type: "draft-report.received";
            date: string;
            note?: string;
            actor?: string;
        } | {
            /** @enum {string} */
            type: "factual-accuracy.returned";
            date: string;
            note?: string;
            actor?: string;
            commentCount?: number;
        } | {
            /** @enum {string} */
            type: "report.published";
            date: string;
            note?: string;
            actor?: string;
            scores: {
                /** @enum {number} */
                "assessing-needs": 1;
                /** @enum {number} */
                "supporting-healthier-lives": 1;
                /** @enum {number} */
                "equity-in-experience-and-outcomes": 1;
                /** @enum {number} */
                "care-provision-integration-continuity": 1;
                /** @enum {number} */
                "partnerships-and-communities": 1;
                /** @enum {number} */
                "safe-systems-pathways-transitions": 1;
                /** @enum {number} */
                safeguarding: 1;
                /** @enum {number} */
                "governance-management-sustainability": 1;
                /** @enum {number} */
                "learning-improvement-innovation": 1;
            };
            /** @enum {string} */
            rating: "inadequate" | "requires-improvement" | "good" | "outstanding";
        } | {
            /** @enum {string} */
            type: "date.moved";
            date: string;
            note?: string;
            actor?: string;
            /** @enum {string} */
            which: "information-return-due" | "information-return-requested-on" | "site-visit-notified-on" | "case-list-due" | "onsite-starts-on" | "onsite-ends-on" | "cases-selected-on" | "case-tracking-interviews-due" | "draft-report-received-on" | "factual-accuracy-due";
            to: string;
            reason: string;
            /** @description Set when CQC has confirmed a date the usual rules would refuse (CQC decides its own timetable). */
            cqcConfirmed?: boolean;
        } | {
            /** @enum {string} */
            type: "assessment.withdrawn";
            date: string;
            note?: string;
            actor?: string;
            reason: string;
        };
        DeadlineList: {
            assessmentId: string;
            asOf: string;
            items: components["schemas"]["Deadline"][];
        };
        HubAssessmentPage: {
            items: components["schemas"]["AssessmentSummary"][];
            nextCursor: string | null;
        };
        EvidenceItemPage: {
            items: components["schemas"]["EvidenceItem"][];
            nextCursor: string | null;
        };
        EvidenceItem: {
            /** @example EV-0042 */
            id: string;
            title: string;
            description: string;
            qualityStatementIds: string[];
            evidenceCategoryIds: string[];
            owner: string | null;
            source: string | null;
            location: string | null;
            /** @example 2025-04-01 */
            effectiveFrom: string | null;
            /** @example 2025-04-01 */
            effectiveTo: string | null;
            /** @example 2025-04-01 */
            reviewBy: string | null;
            tags: string[];
            /** @example 2025-03-04T09:30:00.000Z */
            createdAt: string;
            /** @example 2025-03-04T09:30:00.000Z */
            updatedAt: string;
            /** @description Goes up by one with every change; the ETag is `"v<version>"`. */
            version: number;
        };
        NewEvidenceItem: {
            id?: string;
            title: string;
            description?: string;
            qualityStatementIds: ("assessing-needs" | "supporting-healthier-lives" | "equity-in-experience-and-outcomes" | "care-provision-integration-continuity" | "partnerships-and-communities" | "safe-systems-pathways-transitions" | "safeguarding" | "governance-management-sustainability" | "learning-improvement-innovation")[];
            evidenceCategoryIds: ("peoples-experience" | "feedback-from-staff-and-leaders" | "feedback-from-partners" | "observation" | "processes" | "outcomes")[];
            owner: string;
            source?: string;
            location?: string;
            effectiveFrom: string;
            effectiveTo?: string;
            reviewBy?: string;
            /** @default [] */
            tags?: ("equality" | "unpaid-carers" | "seldom-heard" | "co-production" | "waiting-lists" | "transitions" | "workforce" | "safeguarding" | "prevention" | "direct-payments")[];
        };
        EvidenceItemChanges: {
            title?: string;
            description?: string | null;
            qualityStatementIds?: ("assessing-needs" | "supporting-healthier-lives" | "equity-in-experience-and-outcomes" | "care-provision-integration-continuity" | "partnerships-and-communities" | "safe-systems-pathways-transitions" | "safeguarding" | "governance-management-sustainability" | "learning-improvement-innovation")[];
            evidenceCategoryIds?: ("peoples-experience" | "feedback-from-staff-and-leaders" | "feedback-from-partners" | "observation" | "processes" | "outcomes")[];
            owner?: string;
            source?: string | null;
            location?: string | null;
            effectiveFrom?: string;
            effectiveTo?: string | null;
            reviewBy?: string | null;
            tags?: ("equality" | "unpaid-carers" | "seldom-heard" | "co-production" | "waiting-lists" | "transitions" | "workforce" | "safeguarding" | "prevention" | "direct-payments")[];
        };
        EvidenceImportResult: {
            added: number;
            updated: number;
            ignoredHeadings: string[];
        };
        SelfAssessment: {
            items: components["schemas"]["SelfAssessmentStatement"][];
        };
        SelfAssessmentStatement: {
            /** @example safeguarding */
            qualityStatementId: string;
            narrative: string;
            strengths: string[];
            areasForImprovement: components["schemas"]["AreaForImprovement"][];
            /** @description The council's own predicted score, 1 to 4 (null while unscored). */
            selfScore: number | null;
            /** @example 2025-04-01 */
            updatedOn: string;
            /** @description Goes up by one with every change; the ETag is `"v<version>"`. */
            version: number;
        };
        AreaForImprovement: {
            id: string;
            description: string;
            actionIds: string[];
        };
        SelfAssessmentStatementBody: {
            narrative: string;
            /** @default [] */
            strengths?: string[];
            /** @default [] */
            areasForImprovement?: {
                id: string;
                description: string;
                /** @default [] */
                actionIds?: string[];
            }[];
            selfScore: 1 | 2 | 3 | 4;
        };
        ActionPage: {
            items: components["schemas"]["Action"][];
            nextCursor: string | null;
        };
        Action: {
            id: string;
            assessmentId: string | null;
            title: string;
            description: string;
            qualityStatementIds: string[];
            owner: string | null;
            /** @example planned */
            status: string;
            /** @example 2025-04-01 */
            dueDate: string | null;
            /** @example 2025-04-01 */
            completedOn: string | null;
            /** @example 2025-03-04T09:30:00.000Z */
            createdAt: string;
            /** @example 2025-03-04T09:30:00.000Z */
            updatedAt: string;
            /** @description Goes up by one with every change; the ETag is `"v<version>"`. */
            version: number;
        };
        NewAction: {
            id?: string;
            title: string;
            owner: string;
            dueDate: string;
            /** @enum {string} */
            status: "planned" | "in-progress" | "done";
            /** @default [] */
            qualityStatementIds?: ("assessing-needs" | "supporting-healthier-lives" | "equity-in-experience-and-outcomes" | "care-provision-integration-continuity" | "partnerships-and-communities" | "safe-systems-pathways-transitions" | "safeguarding" | "governance-management-sustainability" | "learning-improvement-innovation")[];
            description?: string;
            /** @description One of this council's assessments. */
            assessmentId?: string;
        };
        ActionChanges: {
            title?: string;
            owner?: string;
            dueDate?: string;
            /** @enum {string} */
            status?: "planned" | "in-progress" | "done";
            qualityStatementIds?: ("assessing-needs" | "supporting-healthier-lives" | "equity-in-experience-and-outcomes" | "care-provision-integration-continuity" | "partnerships-and-communities" | "safe-systems-pathways-transitions" | "safeguarding" | "governance-management-sustainability" | "learning-improvement-innovation")[];
            description?: string | null;
            assessmentId?: string | null;
        };
        RiskPage: {
            items: components["schemas"]["Risk"][];
            nextCursor: string | null;
        };
        Risk: {
            id: string;
            title: string;
            description: string;
            qualityStatementIds: string[];
            likelihood: number;
            impact: number;
            /** @description Likelihood times impact, 1 to 25. */
            rating: number;
            owner: string | null;
            status: string;
            mitigation: string;
            /** @example 2025-04-01 */
            reviewBy: string | null;
            /** @example 2025-03-04T09:30:00.000Z */
            createdAt: string;
            /** @example 2025-03-04T09:30:00.000Z */
            updatedAt: string;
            /** @description Goes up by one with every change; the ETag is `"v<version>"`. */
            version: number;
        };
        NewRisk: {
            id?: string;
            title: string;
            owner: string;
            likelihood: number;
            impact: number;
            mitigation: string;
            /** @default [] */
            qualityStatementIds?: ("assessing-needs" | "supporting-healthier-lives" | "equity-in-experience-and-outcomes" | "care-provision-integration-continuity" | "partnerships-and-communities" | "safe-systems-pathways-transitions" | "safeguarding" | "governance-management-sustainability" | "learning-improvement-innovation")[];
            /**
             * @default open
             * @enum {string}
             */
            status?: "open" | "mitigated" | "closed";
            description?: string;
            reviewBy?: string;
        };
        RiskChanges: {
            title?: string;
            owner?: string;
            likelihood?: number;
            impact?: number;
            mitigation?: string;
            qualityStatementIds?: ("assessing-needs" | "supporting-healthier-lives" | "equity-in-experience-and-outcomes" | "care-provision-integration-continuity" | "partnerships-and-communities" | "safe-systems-pathways-transitions" | "safeguarding" | "governance-management-sustainability" | "learning-improvement-innovation")[];
            /** @enum {string} */
            status?: "open" | "mitigated" | "closed";
            description?: string | null;
            reviewBy?: string | null;
        };
        InformationReturnChecklist: {
            assessmentId: string;
            dueDate: string | null;
            total: number;
            readyOrSubmitted: number;
            requiredOutstanding: number;
            items: components["schemas"]["InformationReturnItem"][];
        };
        InformationReturnItem: {
            id: string;
            title: string;
            description: string;
            /** @enum {string} */
            kind: "document" | "data" | "narrative";
            required: boolean;
            qualityStatementIds: string[];
            /** @enum {string} */
            status: "not-started" | "in-progress" | "ready" | "submitted";
            owner: string | null;
            documentReference: string | null;
            notes: string;
            /** @example 2025-04-01 */
            dueDate: string | null;
            /** @example 2025-03-04T09:30:00.000Z */
            updatedAt: string | null;
        };
        InformationReturnProgress: {
            owner: string;
            /** @enum {string} */
            status: "not-started" | "in-progress" | "ready" | "submitted";
            /** @description Where the document is; required once ready or submitted. */
            documentReference?: string;
            notes?: string;
            dueDate?: string;
        };
        CaseListProposal: {
            caseListId: string;
            asOf: string;
            seed: string;
            eligibleCount: number;
            windowStart: string;
            excluded: {
                [key: string]: number;
            };
            coverage: {
                [key: string]: unknown;
            };
            warnings: ({
                code: string;
                message: string;
            } & {
                [key: string]: unknown;
            })[];
            picks: {
                rank: number;
                pseudonymisedId: string;
                cohort: string;
                reasons: string[];
            }[];
        };
        CaseListProposalRequest: {
            rows: {
                localPersonId: string;
                cohorts: ("CT01" | "CT02" | "CT03" | "CT04" | "CT05" | "CT06" | "CT07")[];
                /** @enum {string} */
                primaryCohort?: "CT01" | "CT02" | "CT03" | "CT04" | "CT05" | "CT06" | "CT07";
                firstContactDate: string;
                assessmentDate: string;
                reviewDate?: string;
                /** @enum {string} */
                ageBand?: "18-24" | "25-64" | "65-74" | "75-84" | "85+";
                /** @enum {string} */
                sex?: "female" | "male";
                /** @enum {string} */
                ethnicity?: "asian" | "black" | "mixed" | "white" | "other";
                /** @enum {string} */
                disability?: "limited-a-lot" | "limited-a-little" | "not-disabled";
                /** @enum {string} */
                religion?: "no-religion" | "christian" | "buddhist" | "hindu" | "jewish" | "muslim" | "sikh" | "other-religion";
                /** @enum {string} */
                sexualOrientation?: "straight-or-heterosexual" | "gay-or-lesbian" | "bisexual" | "other-sexual-orientation";
                /** @enum {string} */
                genderReassignment?: "same-as-sex-registered-at-birth" | "different-from-sex-registered-at-birth";
                /** @default [] */
                higherRiskFlags?: ("safeguarding-enquiry" | "waiting-for-service" | "hospital-discharge" | "lives-alone" | "carer-breakdown-risk" | "recent-transition" | "self-neglect" | "domestic-abuse" | "homeless-or-insecure-housing" | "communication-support-needed" | "deprivation-of-liberty" | "no-recourse-to-public-funds" | "out-of-area-placement" | "complaint-or-concern-raised" | "seldom-heard-community")[];
                /** @enum {string} */
                consentToContact?: "given" | "refused" | "not-yet-asked";
                leadProfessionalRole?: string;
                team?: string;
            }[];
            /** @description Tie-break seed: the same extract and seed always give the same list. */
            seed?: string;
            /** @description How many people the list holds (default: the assessment setting). */
            size?: number;
        };
        CaseList: {
            id: string;
            assessmentId: string;
            /** @description `proposed`, `checked` (no errors) or `needs-changes`. */
            status: string;
            /** @description Pseudonymised records only: never names, addresses or NHS numbers. */
            records: {
                [key: string]: unknown;
            }[];
            checkedAt: string | null;
            problems: unknown[];
            createdAt: string;
            updatedAt: string;
        };
        CaseListCheck: {
            ok: boolean;
            errorCount: number;
            warningCount: number;
            problems: ({
                code: string;
                /** @enum {string} */
                severity: "error" | "warning";
                recordIndex?: number;
                pseudonymisedId?: string;
                field?: string;
                message: string;
            } & {
                [key: string]: unknown;
            })[];
        };
        CaseListCheckRequest: {
            /** @description Case-tracking records (see CaseTrackingRecord); each is checked. */
            records: unknown[];
        };
        CaseSelectionRequest: {
            date: string;
            trackedIds: string[];
            reserveIds: string[];
            note?: string;
        };
        ConsentRequest: {
            date: string;
            pseudonymisedId: string;
            /** @enum {string} */
            consent: "given" | "refused";
            note?: string;
        };
        Readiness: {
            councilId: string;
            councilName: string;
            assessmentId: string | null;
            report: components["schemas"]["ReadinessReport"];
        };
        ReadinessReport: {
            asOf: string;
            /** @description 0 to 100. */
            readinessScore: number;
            counts: {
                evidenceItems: number;
                current: number;
                stale: number;
                expired: number;
                notYetEffective: number;
                reviewDueSoon: number;
            };
            /** @description The rating the self-assessed scores give, once every statement is scored. */
            predictedRating: {
                /** @enum {string} */
                status: "complete" | "incomplete";
            } & {
                [key: string]: unknown;
            };
            findings: components["schemas"]["ReadinessFinding"][];
            coverage: ({
                qualityStatementId: string;
                coveragePercentage: number;
            } & {
                [key: string]: unknown;
            })[];
        } & {
            [key: string]: unknown;
        };
        ReadinessFinding: {
            /** @enum {string} */
            severity: "high" | "medium" | "low";
            code: string;
            message: string;
            qualityStatementId?: string;
        } & {
            [key: string]: unknown;
        };
        Rating: {
            total: number;
            maximum: number;
            percentage: number;
            roundedPercentage: number;
            /** @enum {string} */
            rating: "inadequate" | "requires-improvement" | "good" | "outstanding";
            positionInBand: number;
        } & {
            [key: string]: unknown;
        };
        RatingRequest: {
            scores: components["schemas"]["QualityStatementScores"];
        };
        QualityStatementScores: {
            /** @enum {number} */
            "assessing-needs": 1;
            /** @enum {number} */
            "supporting-healthier-lives": 1;
            /** @enum {number} */
            "equity-in-experience-and-outcomes": 1;
            /** @enum {number} */
            "care-provision-integration-continuity": 1;
            /** @enum {number} */
            "partnerships-and-communities": 1;
            /** @enum {number} */
            "safe-systems-pathways-transitions": 1;
            /** @enum {number} */
            safeguarding: 1;
            /** @enum {number} */
            "governance-management-sustainability": 1;
            /** @enum {number} */
            "learning-improvement-innovation": 1;
        };
        PublishedResult: {
            assessmentId: string;
            publishedOn: string;
            scores: {
                [key: string]: number;
            };
            rating: string;
            /** @description Whether the rating is the one CQC's method gives from the scores (false suggests a typing mistake). */
            ratingFollowsScores: boolean;
        };
        PublishedResultBody: {
            publishedOn: string;
            /** @enum {string} */
            scoringMethod?: "evidence-category" | "quality-statement";
            scores: {
                /** @enum {number} */
                "assessing-needs": 1;
                /** @enum {number} */
                "supporting-healthier-lives": 1;
                /** @enum {number} */
                "equity-in-experience-and-outcomes": 1;
                /** @enum {number} */
                "care-provision-integration-continuity": 1;
                /** @enum {number} */
                "partnerships-and-communities": 1;
                /** @enum {number} */
                "safe-systems-pathways-transitions": 1;
                /** @enum {number} */
                safeguarding: 1;
                /** @enum {number} */
                "governance-management-sustainability": 1;
                /** @enum {number} */
                "learning-improvement-innovation": 1;
            };
            /** @enum {string} */
            rating: "inadequate" | "requires-improvement" | "good" | "outstanding";
        };
        ScoreComparison: {
            statements: {
                qualityStatementId: string;
                self: number;
                published: number;
                difference: number;
            }[];
            overall: {
                /** @enum {string} */
                selfAssessedRating: "inadequate" | "requires-improvement" | "good" | "outstanding";
                /** @enum {string} */
                publishedRating: "inadequate" | "requires-improvement" | "good" | "outstanding";
                ratingsAgree: boolean;
            } & {
                [key: string]: unknown;
            };
            overestimated: string[];
            underestimated: string[];
            matched: string[];
        } & {
            [key: string]: unknown;
        };
        AuditEntryPage: {
            items: components["schemas"]["AuditEntry"][];
            nextCursor: string | null;
        };
        AuditEntry: {
            sequence: number;
            councilId: string | null;
            actor: string;
            action: string;
            subject: string;
            detail?: unknown;
            /** @example 2025-03-04T09:30:00.000Z */
            at: string;
            previousHash: string;
            hash: string;
        };
        AuditVerification: {
            ok: boolean;
            checked: number;
            firstBrokenSequence?: number;
            message: string;
        };
        MembershipList: {
            items: components["schemas"]["Membership"][];
        };
        Membership: {
            id: string;
            principalId: string;
            /** @enum {string} */
            role: "hub-admin" | "council-admin" | "contributor" | "reader" | "peer-reviewer";
            councilId: string | null;
            hubId: string | null;
            /** @example 2025-04-01 */
            expiresOn: string | null;
            createdBy: string;
            /** @example 2025-03-04T09:30:00.000Z */
            createdAt: string;
        };
        NewMembership: {
            /**
             * @description For someone signing in with OpenID Connect: `oidc:` and their subject (Entra ID object id).
             * @example oidc:7d9e0a52-4d7a-4bd6-9d0e-1c2b3a4f5e6d
             */
            principalId: string;
            displayName?: string;
            /** @enum {string} */
            role: "council-admin" | "contributor" | "reader" | "peer-reviewer";
            /** @description The last day the role applies. */
            expiresOn?: string;
        };
        ApiTokenList: {
            items: components["schemas"]["ApiToken"][];
        };
        ApiToken: {
            id: string;
            principalId: string;
            label: string;
            /** @enum {string} */
            role: "hub-admin" | "council-admin" | "contributor" | "reader" | "peer-reviewer";
            councilId: string | null;
            hubId: string | null;
            /** @example 2025-04-01 */
            expiresOn: string | null;
            createdBy: string;
            /** @example 2025-03-04T09:30:00.000Z */
            createdAt: string;
            /** @example 2025-03-04T09:30:00.000Z */
            revokedAt: string | null;
        };
        CreatedApiToken: components["schemas"]["ApiToken"] & {
            /** @example asc_... */
            token: string;
        };
        NewApiToken: {
            /**
             * @description Who the token acts as; the audit log names them.
             * @example service:bi-dashboard
             */
            principalId: string;
            displayName?: string;
            /** @enum {string} */
            role: "council-admin" | "contributor" | "reader" | "peer-reviewer";
            /** @description The last day the token works. */
            expiresOn?: string;
            label?: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
