package migrations

import (
	"context"
	"database/sql"

	"github.com/pressly/goose/v3"
)

func init() {
	goose.AddMigrationContext(upBackfillTeamSlugs, downBackfillTeamSlugs)
}

func upBackfillTeamSlugs(ctx context.Context, tx *sql.Tx) error {
	_, err := tx.ExecContext(ctx, "UPDATE teams SET slug = lower(name) WHERE slug IS NULL")
	return err
}

func downBackfillTeamSlugs(ctx context.Context, tx *sql.Tx) error {
	return nil
}
