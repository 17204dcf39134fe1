using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LienThong.PublicServices.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DossierApology : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Apology",
                table: "publicservices_dossiers",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Apology",
                table: "publicservices_dossiers");
        }
    }
}
