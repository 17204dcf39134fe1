using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LienThong.PublicServices.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DossierRescheduled : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "Rescheduled",
                table: "publicservices_dossiers",
                type: "date",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Rescheduled",
                table: "publicservices_dossiers");
        }
    }
}
