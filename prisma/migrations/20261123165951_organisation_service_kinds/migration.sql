-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "serviceKinds" TEXT[] DEFAULT ARRAY[]::TEXT[];
