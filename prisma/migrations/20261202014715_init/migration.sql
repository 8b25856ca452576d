-- CreateTable
CREATE TABLE "Article" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "url" TEXT,
    "title" TEXT,
    "publisher" TEXT,
    "published" DATETIME,
    "language" TEXT NOT NULL DEFAULT 'en',
    "body" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "sourceKey" TEXT,
    "ingestedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "extractorVersion" TEXT NOT NULL,
    "sourceKind" TEXT NOT NULL DEFAULT 'file',
    "hidden" BOOLEAN NOT NULL DEFAULT false,
    "isCurrent" BOOLEAN NOT NULL DEFAULT true,
    "supersededById" INTEGER
);

-- CreateTable
CREATE TABLE "Place" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "country" TEXT NOT NULL,
    "regionCode" TEXT,
    "latitude" REAL,
    "longitude" REAL,
    "altNames" TEXT NOT NULL DEFAULT '[]',
    "geonameId" INTEGER
);

-- CreateTable
CREATE TABLE "Incident" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "date" TEXT NOT NULL,
    "country" TEXT NOT NULL,
    "region" TEXT,
    "place" TEXT,
    "latitude" REAL,
    "longitude" REAL,
    "attacker" TEXT,
    "weapons" TEXT NOT NULL DEFAULT '[]',
    "dronesLaunched" INTEGER,
    "dronesDowned" INTEGER,
    "missilesLaunched" INTEGER,
    "missilesDowned" INTEGER,
    "killed" INTEGER,
    "injured" INTEGER,
    "ranges" TEXT NOT NULL DEFAULT '{}',
    "geoPrecision" INTEGER,
    "sourceCount" INTEGER NOT NULL DEFAULT 0,
    "reviewStatus" TEXT NOT NULL DEFAULT 'unreviewed',
    "version" INTEGER NOT NULL DEFAULT 1,
    "mergeKey" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Claim" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "articleId" INTEGER NOT NULL,
    "incidentId" INTEGER,
    "field" TEXT NOT NULL,
    "value" INTEGER,
    "qualifier" TEXT NOT NULL DEFAULT 'exact',
    "claimant" TEXT,
    "claimantSide" TEXT,
    "date" TEXT NOT NULL,
    "country" TEXT NOT NULL,
    "region" TEXT,
    "place" TEXT,
    "attacker" TEXT,
    "weapons" TEXT NOT NULL DEFAULT '[]',
    "language" TEXT NOT NULL DEFAULT 'en',
    "sentence" TEXT NOT NULL,
    "sentenceStart" INTEGER NOT NULL,
    "sentenceEnd" INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "excluded" BOOLEAN NOT NULL DEFAULT false,
    "pinnedIncidentId" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Claim_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Claim_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Correction" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "incidentId" INTEGER NOT NULL,
    "field" TEXT NOT NULL,
    "oldValue" TEXT,
    "newValue" TEXT,
    "reason" TEXT NOT NULL,
    "editor" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Correction_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AdminUser" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "failedAttempts" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" DATETIME
);

-- CreateTable
CREATE TABLE "AdminSession" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "tokenHash" TEXT NOT NULL,
    "userId" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL,
    "revokedAt" DATETIME,
    "ip" TEXT,
    CONSTRAINT "AdminSession_userId_fkey" FOREIGN KEY ("userId") REFERENCES "AdminUser" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SignInAttempt" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "ip" TEXT NOT NULL,
    "ok" BOOLEAN NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "action" TEXT NOT NULL,
    "incidentId" INTEGER,
    "articleId" INTEGER,
    "claimId" INTEGER,
    "detail" TEXT NOT NULL DEFAULT '{}',
    "reason" TEXT,
    "editor" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "IncidentAlias" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "mergeKey" TEXT NOT NULL,
    "incidentId" INTEGER NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "Article_contentHash_key" ON "Article"("contentHash");

-- CreateIndex
CREATE INDEX "Article_url_idx" ON "Article"("url");

-- CreateIndex
CREATE INDEX "Article_sourceKey_idx" ON "Article"("sourceKey");

-- CreateIndex
CREATE INDEX "Article_published_idx" ON "Article"("published");

-- CreateIndex
CREATE INDEX "Article_publisher_idx" ON "Article"("publisher");

-- CreateIndex
CREATE UNIQUE INDEX "Place_geonameId_key" ON "Place"("geonameId");

-- CreateIndex
CREATE INDEX "Place_regionCode_idx" ON "Place"("regionCode");

-- CreateIndex
CREATE UNIQUE INDEX "Place_kind_country_regionCode_name_key" ON "Place"("kind", "country", "regionCode", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Incident_mergeKey_key" ON "Incident"("mergeKey");

-- CreateIndex
CREATE INDEX "Incident_date_idx" ON "Incident"("date");

-- CreateIndex
CREATE INDEX "Incident_region_date_idx" ON "Incident"("region", "date");

-- CreateIndex
CREATE INDEX "Incident_country_date_idx" ON "Incident"("country", "date");

-- CreateIndex
CREATE INDEX "Incident_attacker_date_idx" ON "Incident"("attacker", "date");

-- CreateIndex
CREATE INDEX "Incident_date_attacker_region_dronesLaunched_dronesDowned_missilesLaunched_missilesDowned_killed_injured_idx" ON "Incident"("date", "attacker", "region", "dronesLaunched", "dronesDowned", "missilesLaunched", "missilesDowned", "killed", "injured");

-- CreateIndex
CREATE INDEX "Claim_incidentId_idx" ON "Claim"("incidentId");

-- CreateIndex
CREATE INDEX "Claim_articleId_idx" ON "Claim"("articleId");

-- CreateIndex
CREATE INDEX "Claim_field_incidentId_idx" ON "Claim"("field", "incidentId");

-- CreateIndex
CREATE INDEX "Correction_incidentId_field_createdAt_idx" ON "Correction"("incidentId", "field", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "AdminUser_email_key" ON "AdminUser"("email");

-- CreateIndex
CREATE UNIQUE INDEX "AdminSession_tokenHash_key" ON "AdminSession"("tokenHash");

-- CreateIndex
CREATE INDEX "AdminSession_userId_idx" ON "AdminSession"("userId");

-- CreateIndex
CREATE INDEX "SignInAttempt_ip_createdAt_idx" ON "SignInAttempt"("ip", "createdAt");

-- CreateIndex
CREATE INDEX "SignInAttempt_email_createdAt_idx" ON "SignInAttempt"("email", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_incidentId_idx" ON "AuditEvent"("incidentId");

-- CreateIndex
CREATE INDEX "AuditEvent_articleId_idx" ON "AuditEvent"("articleId");

-- CreateIndex
CREATE UNIQUE INDEX "IncidentAlias_mergeKey_key" ON "IncidentAlias"("mergeKey");
