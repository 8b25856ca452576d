-- CreateIndex
CREATE INDEX "Article_publisher_hidden_idx" ON "Article"("publisher", "hidden");

-- CreateIndex
CREATE INDEX "Article_sourceKind_idx" ON "Article"("sourceKind");

-- CreateIndex
CREATE INDEX "Claim_articleId_excluded_incidentId_language_idx" ON "Claim"("articleId", "excluded", "incidentId", "language");

-- CreateIndex
CREATE INDEX "Incident_region_date_attacker_country_dronesLaunched_dronesDowned_missilesLaunched_missilesDowned_killed_injured_idx" ON "Incident"("region", "date", "attacker", "country", "dronesLaunched", "dronesDowned", "missilesLaunched", "missilesDowned", "killed", "injured");
