using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LienThong.PublicServices.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DossierEventScore : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Score",
                table: "publicservices_dossier_events",
                type: "integer",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Score",
                table: "publicservices_dossier_events");
        }
    }
}
